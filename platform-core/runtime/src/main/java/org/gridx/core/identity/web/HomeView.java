package org.gridx.core.identity.web;

import java.util.List;
import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.web.AppMessages;
import org.gridx.core.web.NavLink;
import org.gridx.core.web.RoleLinks;
import org.gridx.core.web.Texts;

/**
 * The signed-in home page: each role the account holds with what it does in the model (DOMAIN.md) and
 * links only to capabilities that exist, then the enabled modules' entries.
 */
public record HomeView(List<RoleCard> roles, List<NavLink> modules, String gridScope) {

    static HomeView of(Account a, List<NavLink> modules, Locale locale) {
        AppMessages t = Texts.in(locale);
        List<RoleCard> cards = a.roles.stream().map(Role::fromCode).flatMap(java.util.Optional::stream)
                .filter(Role::isTenantRole)
                .map(r -> new RoleCard(r.code(), r.label().in(locale), duty(r, t), RoleLinks.forRole(r, a.tenantId, locale))).toList();
        return new HomeView(cards, modules, String.join(", ", a.gridScope));
    }

    private static String duty(Role r, AppMessages t) {
        return switch (r) {
            case SUPERVISOR -> t.role_supervisor();
            case GRID_CHIEF -> t.role_grid_chief();
            case INSTRUCTOR -> t.role_instructor();
            case SPECIALIST -> t.role_specialist();
            case INFORMANT -> t.role_informant();
            case DISPATCHER -> t.role_dispatcher();
            case DEPARTMENT_HANDLER -> t.role_department_handler();
            case TENANT_ADMIN -> t.role_tenant_admin();
            case RESIDENT -> t.role_resident();
            case PLATFORM_OPERATOR -> "";
        };
    }

}
