package org.gridx.core.fieldwork.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.core.web.NavLink;
import org.gridx.core.web.TenantNav;

/** The home page's links to the staffing and field-work pages, per role. */
public final class FieldLinks {

    private FieldLinks() {
    }

    public static List<NavLink> forRole(Role r, String tenant, Locale locale) {
        FieldMessages t = FieldTexts.in(locale);
        String base = TenantNav.base(tenant);
        List<NavLink> links = new ArrayList<>();
        if (r == Role.INFORMANT || r == Role.SPECIALIST || r == Role.GRID_CHIEF) {
            links.add(new NavLink(base + "fieldwork/visit", t.link_visit()));
            links.add(new NavLink(base + "fieldwork", t.link_fieldwork()));
        }
        if (r == Role.TENANT_ADMIN || r == Role.GRID_CHIEF || r == Role.SUPERVISOR || r == Role.INSTRUCTOR
                || r == Role.DISPATCHER) {
            links.add(new NavLink(base + "staffing", t.link_staffing()));
        }
        return links;
    }
}
