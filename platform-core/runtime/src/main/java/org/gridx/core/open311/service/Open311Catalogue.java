package org.gridx.core.open311.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.lists.domain.CatalogueEntry;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.DisposalListVersion;

/**
 * Open311 services are the items of the disposal-task list in force: the code is the item code, the group
 * the catalogue's major class (市政公用设施, …; a local item is grouped under "local matters"), and the
 * description says who leads and how fast it is handled. A list published later changes the services at
 * its effective-from, exactly as it changes what new cases are filed under.
 */
@ApplicationScoped
@Transactional
public class Open311Catalogue {

    @Inject
    GridxClock clock;

    public List<DisposalListItem> inForce() {
        return DisposalListVersion.inForceAt(clock.now()).map(v -> DisposalListItem.ofVersion(v.id)).orElse(List.of());
    }

    public Optional<DisposalListItem> service(String code) {
        return DisposalListVersion.inForceAt(clock.now()).flatMap(v -> DisposalListItem.inVersion(v.id, code));
    }

    public DisposalListItem require(String code) {
        return service(code).orElseThrow(() -> Open311Exception.badRequest("service_code '" + code
                + "' is not a service of this tenant; GET services.xml lists the codes it accepts."));
    }

    public Open311Doc services(String lang) {
        List<DisposalListItem> items = inForce();
        Map<String, String> groups = majorClasses(items);
        Map<String, LocalizedText> departments = Open311Names.departments();
        return Open311Doc.list("services", "service", items.stream().map(i -> {
            String name = Open311Names.item(i).in(lang);
            String kind = Open311Names.kind(i).in(lang);
            String group = groups.getOrDefault(i.code, Open311Names.LOCAL.in(lang));
            String lead = departments.getOrDefault(i.leadDepartment, LocalizedText.of(i.leadDepartment, null)).in(lang);
            Map<String, Object> s = Open311Doc.fields();
            s.put("service_code", i.code);
            s.put("service_name", name);
            s.put("description", LocalizedText.of(kind + "类：" + name + "。牵头部门：" + lead + "；处置时限 "
                    + Open311Names.limit(i.handleLimit).zh() + "。", kind + ": " + name + ". Led by " + lead
                    + "; handled within " + Open311Names.limit(i.handleLimit).en() + ".").in(lang));
            s.put("metadata", Open311Attributes.has(i));
            s.put("type", "realtime");
            s.put("keywords", String.join(",", i.code, kind, group, lead));
            s.put("group", group);
            return s;
        }).toList());
    }

    /** The service definition; 404 for a code that is not a service now. */
    public Open311Doc definition(String code, String lang) {
        DisposalListItem i = service(code).orElseThrow(() -> Open311Exception.notFound("There is no service '" + code
                + "' here; GET services.xml lists the codes of this tenant."));
        Map<String, Object> d = Open311Doc.fields();
        d.put("service_code", i.code);
        d.put("attributes", new Open311Doc.Items("attribute", Open311Attributes.definitions(i, lang)));
        return new Open311Doc("service_definition", d);
    }

    /** Item code → the catalogue's major class name (Chinese only: the standard names no English). */
    private static Map<String, String> majorClasses(List<DisposalListItem> items) {
        List<String> codes = items.stream().filter(i -> !i.isLocal()).map(i -> i.catalogueCode).distinct().toList();
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> byKindCode = CatalogueEntry.<CatalogueEntry>list("code in ?1", codes).stream()
                .collect(Collectors.toMap(e -> e.kind + "/" + e.code, e -> e.majorClass));
        return items.stream().filter(i -> !i.isLocal() && byKindCode.containsKey(catalogueKind(i) + "/" + i.catalogueCode))
                .collect(Collectors.toMap(i -> i.code, i -> byKindCode.get(catalogueKind(i) + "/" + i.catalogueCode)));
    }

    private static String catalogueKind(DisposalListItem i) {
        return "component".equals(i.kind) ? CatalogueEntry.COMPONENT : CatalogueEntry.ITEM;
    }
}
