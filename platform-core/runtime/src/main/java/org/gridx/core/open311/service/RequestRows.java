package org.gridx.core.open311.service;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.core.lists.domain.DisposalListItem;

/**
 * Cases as GeoReport {@code request} entries, with what each needs read in a few queries for the whole page
 * (item names, departments, the last step and the last note) instead of several per case. What is left out
 * on purpose: the reporter's name and contact, who acted, and photos (internal media, not public-safe).
 */
final class RequestRows {

    private RequestRows() {
    }

    static List<Map<String, Object>> of(List<CaseFile> cases, String lang, ZoneId zone, LocalizedText tenantName) {
        if (cases.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = cases.stream().map(c -> c.id).toList();
        Map<String, DisposalListItem> items = DisposalListItem.<DisposalListItem>list("versionId in ?1 and code in ?2",
                cases.stream().map(c -> c.listVersionId).distinct().toList(), cases.stream().map(c -> c.itemCode).distinct().toList())
                .stream().collect(Collectors.toMap(i -> i.versionId + "/" + i.code, Function.identity()));
        Map<UUID, TimelineEntry> last = byCase(TimelineEntry.list("from TimelineEntry e where e.caseId in ?1 and e.seq = "
                + "(select max(x.seq) from TimelineEntry x where x.caseId = e.caseId)", ids));
        Map<UUID, TimelineEntry> noted = byCase(TimelineEntry.list("from TimelineEntry e where e.caseId in ?1 and e.seq = "
                + "(select max(x.seq) from TimelineEntry x where x.caseId = e.caseId and x.seq > 1 and x.note is not null)", ids));
        Map<String, LocalizedText> departments = Open311Names.departments();
        return cases.stream().map(c -> {
            DisposalListItem item = items.get(c.listVersionId + "/" + c.itemCode);
            TimelineEntry head = last.get(c.id);
            TimelineEntry note = noted.get(c.id);
            Map<String, Object> r = Open311Doc.fields();
            r.put("service_request_id", c.number);
            r.put("status", Open311Status.of(c.currentState()));
            r.put("status_notes", note == null ? null : note.note);
            r.put("service_name", item == null ? c.title : Open311Names.item(item).in(lang));
            r.put("service_code", c.itemCode);
            r.put("description", c.description);
            r.put("agency_responsible", c.leadDepartment == null ? tenantName.in(lang)
                    : departments.getOrDefault(c.leadDepartment, LocalizedText.of(c.leadDepartment, null)).in(lang));
            r.put("service_notice", null);
            r.put("requested_datetime", Open311Time.format(c.reportedAt, zone));
            r.put("updated_datetime", Open311Time.format(head == null ? c.reportedAt : head.at, zone));
            r.put("expected_datetime", c.currentState().open() ? Open311Time.format(c.dueAt, zone) : null);
            r.put("address", c.address);
            r.put("address_id", null);
            r.put("zipcode", null);
            r.put("lat", c.lat);
            r.put("long", c.lon);
            r.put("media_url", null);
            return r;
        }).toList();
    }

    private static Map<UUID, TimelineEntry> byCase(List<TimelineEntry> entries) {
        return entries.stream().collect(Collectors.toMap(e -> e.caseId, Function.identity(), (a, b) -> a));
    }
}
