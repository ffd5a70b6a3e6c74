package org.gridx.core.casework.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.core.web.NavLink;
import org.gridx.core.web.TenantNav;

/** The loop's pages each role works with, for the role cards and the top menu (through RoleLinks). */
public final class CaseLinks {

    private CaseLinks() {
    }

    public static List<NavLink> forRole(Role r, String tenant, Locale locale) {
        CaseMessages t = CaseTexts.in(locale);
        String base = TenantNav.base(tenant);
        List<NavLink> links = new ArrayList<>();
        boolean gridWorker = r == Role.INFORMANT || r == Role.SPECIALIST || r == Role.GRID_CHIEF;
        if (gridWorker || r == Role.RESIDENT) {
            links.add(new NavLink(base + "report", t.link_report()));
        }
        if (gridWorker) {
            links.add(new NavLink(base + "tasks", t.link_tasks()));
        }
        if (r == Role.DISPATCHER) {
            links.add(new NavLink(base + "dispatch", t.link_dispatch()));
        }
        if (r == Role.DEPARTMENT_HANDLER) {
            links.add(new NavLink(base + "inbox", t.link_inbox()));
        }
        if (r.isTenantRole()) {
            links.add(new NavLink(base + "my-reports", t.link_my_reports()));
        }
        return links;
    }
}
