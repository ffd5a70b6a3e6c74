package org.gridx.core.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.core.assessment.analysis.web.AnalysisLinks;
import org.gridx.core.assessment.scorecard.web.ScorecardLinks;
import org.gridx.core.assessment.web.AssessmentLinks;
import org.gridx.core.casework.web.CaseLinks;
import org.gridx.core.command.web.CommandLinks;
import org.gridx.core.fieldwork.web.FieldLinks;
import org.gridx.core.resident.web.ResidentLinks;

/**
 * The core pages each role works with, in one place: the home page's role cards and the top menu both
 * come from here, so a page that exists is reachable from both and a role never sees a link it cannot use.
 */
public final class RoleLinks {

    private RoleLinks() {
    }

    public static List<NavLink> forRole(Role r, String tenant, Locale locale) {
        AppMessages t = Texts.in(locale);
        String base = TenantNav.base(tenant);
        List<NavLink> links = new ArrayList<>();
        if (r == Role.TENANT_ADMIN) {
            links.add(new NavLink(base + "admin/modules", t.link_admin_modules()));
        }
        if (r != Role.RESIDENT && r != Role.PLATFORM_OPERATOR) {
            links.add(new NavLink(base + "grid", t.grid_link()));
            links.add(new NavLink(base + "elements", t.link_elements()));
        }
        links.addAll(FieldLinks.forRole(r, tenant, locale));
        // the responsibility lists for those who route, handle and keep them; the patrol for informants
        if (r == Role.TENANT_ADMIN || r == Role.DISPATCHER || r == Role.DEPARTMENT_HANDLER || r == Role.SUPERVISOR) {
            links.add(new NavLink(base + "lists", t.lists_title()));
        }
        if (r == Role.INFORMANT) {
            links.add(new NavLink(base + "patrol", t.patrol_title()));
        }
        // the closed loop: report, check, dispatch, handle, and everyone's own reports
        links.addAll(CaseLinks.forRole(r, tenant, locale));
        // the resident portal: a resident's profile, the grid's verification queue, the street's news
        links.addAll(ResidentLinks.forRole(r, tenant, locale));
        // the command centre: its board for staff who watch the grid, its camera registry for those who keep it
        links.addAll(CommandLinks.forRole(r, tenant, locale));
        // analysis (研判) for the command centre and the staff who watch a part of the grid
        links.addAll(AnalysisLinks.forRole(r, tenant, locale));
        // assessment (考核): the indicators for staff, the weights for the administrator
        links.addAll(AssessmentLinks.forRole(r, tenant, locale));
        // monthly scorecards and informants' rewards (月度考核)
        links.addAll(ScorecardLinks.forRole(r, tenant, locale));
        return links;
    }

    /** Every role's links once each, in role order: the top menu of a person holding several roles. */
    public static List<NavLink> forRoles(Collection<String> roleCodes, String tenant, Locale locale) {
        Map<String, NavLink> byHref = new LinkedHashMap<>();
        for (Role r : Role.values()) {
            if (roleCodes.contains(r.code())) {
                forRole(r, tenant, locale).forEach(l -> byHref.putIfAbsent(l.href(), l));
            }
        }
        return List.copyOf(byHref.values());
    }
}
