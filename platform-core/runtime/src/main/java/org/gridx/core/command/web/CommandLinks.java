package org.gridx.core.command.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridx.api.identity.Role;
import org.gridx.core.web.NavLink;
import org.gridx.core.web.TenantNav;

/** The command centre's pages each role works with, for the role cards and the top menu (through RoleLinks). */
public final class CommandLinks {

    /** Staff who watch the board; residents, informants and department handlers are not among them. */
    static final Set<Role> BOARD = Set.of(Role.TENANT_ADMIN, Role.DISPATCHER, Role.SUPERVISOR, Role.GRID_CHIEF,
            Role.INSTRUCTOR, Role.SPECIALIST);

    private CommandLinks() {
    }

    public static List<NavLink> forRole(Role r, String tenant, Locale locale) {
        CommandMessages t = CommandTexts.in(locale);
        String base = TenantNav.base(tenant);
        List<NavLink> links = new ArrayList<>();
        if (BOARD.contains(r)) {
            links.add(new NavLink(base + "command", t.board_title()));
        }
        if (r == Role.TENANT_ADMIN || r == Role.DISPATCHER) {
            links.add(new NavLink(base + "command/cameras", t.cameras_title()));
        }
        return links;
    }
}
