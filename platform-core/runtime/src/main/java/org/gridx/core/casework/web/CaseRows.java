package org.gridx.core.casework.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.organisation.domain.Department;

/**
 * Turns cases into {@link CaseRow}s for one page, loading what the rows share (department names, the
 * list items they were reported under, the cases they duplicate) once per page rather than once per row.
 */
@ApplicationScoped
@Transactional
public class CaseRows {

    /** Rows with the department names the page loaded once (a page with several lists shares them). */
    public List<CaseRow> of(List<CaseFile> cases, Locale locale, Map<String, String> departments) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<String, String> suggested = suggestions(cases);
        Map<UUID, String> duplicates = numbers(cases.stream().map(c -> c.duplicateOf).filter(Objects::nonNull).toList());
        return cases.stream().map(c -> {
            String lead = suggested.get(c.listVersionId + "/" + c.itemCode);
            return new CaseRow(c.id, c.number, c.kind, c.title, c.itemCode, c.state,
                    CaseState.of(c.state).map(s -> s.label().in(locale)).orElse(c.state), c.gridCode, c.address,
                    excerpt(c.description), c.reportedAt, c.dueAt, c.overdue, c.rowVersion, c.leadDepartment,
                    name(departments, c.leadDepartment), lead, name(departments, lead), c.duplicateOf,
                    c.duplicateOf == null ? null : duplicates.getOrDefault(c.duplicateOf, c.duplicateOf.toString()),
                    c.postponementAsked, c.rating, c.returns, c.reportedBy, c.escalationLevel, c.lon, c.lat);
        }).toList();
    }

    /** Rows with the action forms the page offers on each. */
    public List<CaseLine> lines(List<CaseFile> cases, List<String> actions, Locale locale, Map<String, String> departments) {
        return CaseLine.of(of(cases, locale, departments), actions, locale, departments);
    }

    /** Department code → name in the page's language (Chinese when no English name was given). */
    public Map<String, String> departmentNames(Locale locale) {
        Map<String, String> names = new HashMap<>();
        for (Department d : Department.<Department>listAll()) {
            boolean en = "en".equals(locale.getLanguage()) && d.nameEn != null && !d.nameEn.isBlank();
            names.put(d.code, en ? d.nameEn : d.nameZh);
        }
        return names;
    }

    private static Map<String, String> suggestions(List<CaseFile> cases) {
        List<UUID> versions = cases.stream().map(c -> c.listVersionId).filter(Objects::nonNull).distinct().toList();
        Map<String, String> lead = new HashMap<>();
        if (!versions.isEmpty()) {
            DisposalListItem.<DisposalListItem>list("versionId in ?1", versions)
                    .forEach(i -> lead.put(i.versionId + "/" + i.code, i.leadDepartment));
        }
        return lead;
    }

    private static Map<UUID, String> numbers(List<UUID> ids) {
        Map<UUID, String> numbers = new HashMap<>();
        if (!ids.isEmpty()) {
            CaseFile.<CaseFile>list("id in ?1", ids).forEach(c -> numbers.put(c.id, c.number));
        }
        return numbers;
    }

    private static String name(Map<String, String> names, String code) {
        return code == null ? null : names.getOrDefault(code, code);
    }

    private static String excerpt(String s) {
        return s == null || s.length() <= 80 ? s : s.substring(0, 79) + "…";
    }
}
