package org.gridx.core.assessment.scorecard.web;

import java.util.List;
import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.core.web.NavLink;
import org.gridx.core.web.TenantNav;

/** The monthly scorecards page in the menu of every staff role that may read it (through RoleLinks). */
public final class ScorecardLinks {

    private ScorecardLinks() {
    }

    public static List<NavLink> forRole(Role r, String tenant, Locale locale) {
        if (r == Role.RESIDENT || r == Role.PLATFORM_OPERATOR) {
            return List.of();
        }
        return List.of(new NavLink(TenantNav.base(tenant) + "assessment/scorecards", ScorecardTexts.in(locale).title()));
    }
}
