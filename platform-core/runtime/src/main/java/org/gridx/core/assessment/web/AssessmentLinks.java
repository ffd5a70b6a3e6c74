package org.gridx.core.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.core.web.NavLink;
import org.gridx.core.web.TenantNav;

/** The assessment pages in the staff menu: the indicators for every staff role, the settings for the administrator. */
public final class AssessmentLinks {

    private AssessmentLinks() {
    }

    public static List<NavLink> forRole(Role r, String tenant, Locale locale) {
        List<NavLink> links = new ArrayList<>();
        if (r == Role.RESIDENT || r == Role.PLATFORM_OPERATOR) {
            return links;
        }
        AssessmentMessages t = AssessmentTexts.in(locale);
        links.add(new NavLink(TenantNav.base(tenant) + "assessment", t.title()));
        if (r == Role.TENANT_ADMIN) {
            links.add(new NavLink(TenantNav.base(tenant) + "assessment/settings", t.settings_title()));
        }
        return links;
    }
}
