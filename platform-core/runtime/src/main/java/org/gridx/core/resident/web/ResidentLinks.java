package org.gridx.core.resident.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.core.web.NavLink;
import org.gridx.core.web.TenantNav;

/** The resident portal's links per role: a resident's profile, the grid's verification queue, the news desk. */
public final class ResidentLinks {

    private ResidentLinks() {
    }

    public static List<NavLink> forRole(Role r, String tenant, Locale locale) {
        PortalMessages t = PortalTexts.in(locale);
        String base = TenantNav.base(tenant);
        List<NavLink> links = new ArrayList<>();
        if (r == Role.RESIDENT) {
            links.add(new NavLink(base + "profile", t.profile_heading()));
            links.add(new NavLink(base + "portal", t.portal_title()));
        }
        if (r == Role.INFORMANT || r == Role.SPECIALIST || r == Role.TENANT_ADMIN) {
            links.add(new NavLink(base + "verifications", t.verify_heading()));
        }
        if (r == Role.SPECIALIST || r == Role.TENANT_ADMIN) {
            links.add(new NavLink(base + "news-desk", t.news_publish_heading()));
        }
        return links;
    }
}
