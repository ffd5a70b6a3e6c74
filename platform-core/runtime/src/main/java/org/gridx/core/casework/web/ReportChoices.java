package org.gridx.core.casework.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.CaseAccess;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.lists.domain.CatalogueEntry;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.DisposalListVersion;

/**
 * What the report page offers: the disposal-list items in force, grouped as the national catalogue groups
 * them (components, then events, by major class; local extensions last), and the grids a reporter may
 * pick when the phone gives no position — their own grids for staff, every grid for residents.
 */
@ApplicationScoped
@Transactional
public class ReportChoices {

    public record Item(String code, String name, String search) {
    }

    public record Group(String heading, List<Item> items) {
    }

    public record Grid(String code, String name) {
    }

    @Inject
    CaseAccess access;

    public List<Group> items(Instant now, Locale locale) {
        DisposalListVersion v = DisposalListVersion.inForceAt(now).orElse(null);
        if (v == null) {
            return List.of();
        }
        CaseMessages t = CaseTexts.in(locale);
        Map<String, String> classes = new HashMap<>();
        CatalogueEntry.<CatalogueEntry>listAll().forEach(e -> classes.putIfAbsent(e.kind + "/" + e.majorClassCode, e.majorClass));
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        List<DisposalListItem> items = new ArrayList<>(DisposalListItem.ofVersion(v.id));
        // components before events, local extensions last; within a group by code
        items.sort((a, b) -> (rank(a) + a.code).compareTo(rank(b) + b.code));
        for (DisposalListItem i : items) {
            String heading = heading(i, classes, t);
            String name = "en".equals(locale.getLanguage()) ? i.nameEn : i.nameZh;
            String search = (i.code + " " + i.nameZh + " " + i.nameEn).toLowerCase(Locale.ROOT);
            groups.computeIfAbsent(heading, h -> new ArrayList<>()).add(new Item(i.code, name, search));
        }
        return groups.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    public List<Grid> grids(Actor a, Locale locale) {
        boolean resident = a.roles().equals(Set.of(Role.Names.RESIDENT));
        Set<String> scope = resident ? Set.of() : access.scopeCodes(a);
        boolean everything = resident || scope.isEmpty();
        return GridNode.<GridNode>list("level = 3 and retiredAt is null order by code").stream()
                .filter(n -> everything || scope.contains(n.code))
                .map(n -> new Grid(n.code, "en".equals(locale.getLanguage()) && n.nameEn != null ? n.nameEn : n.nameZh))
                .toList();
    }

    private static String rank(DisposalListItem i) {
        return i.isLocal() ? "3" : "component".equals(i.kind) ? "1" : "2";
    }

    private static String heading(DisposalListItem i, Map<String, String> classes, CaseMessages t) {
        if (i.isLocal()) {
            return t.report_local_items();
        }
        String major = i.code.substring(0, 2);
        String kind = "component".equals(i.kind) ? CatalogueEntry.COMPONENT : CatalogueEntry.ITEM;
        String kindLabel = "component".equals(i.kind) ? t.report_components() : t.report_events();
        return kindLabel + " · " + major + " " + classes.getOrDefault(kind + "/" + major, "");
    }
}
