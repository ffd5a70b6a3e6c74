package org.gridx.core.assessment.analysis.web;

import java.util.List;
import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.core.web.NavLink;
import org.gridx.core.web.TenantNav;

/** The analysis page in the menu of the roles that have figures to analyse (the same roles the page allows). */
public final class AnalysisLinks {

    private static final List<Role> ROLES = List.of(Role.TENANT_ADMIN, Role.DISPATCHER, Role.SUPERVISOR, Role.GRID_CHIEF,
            Role.INSTRUCTOR, Role.SPECIALIST, Role.DEPARTMENT_HANDLER);

    private AnalysisLinks() {
    }

    public static List<NavLink> forRole(Role r, String tenant, Locale locale) {
        return ROLES.contains(r) ? List.of(new NavLink(TenantNav.base(tenant) + "analysis", AnalysisTexts.in(locale).title()))
                : List.of();
    }
}
