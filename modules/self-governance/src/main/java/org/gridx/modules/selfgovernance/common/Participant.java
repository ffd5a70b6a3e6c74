package org.gridx.modules.selfgovernance.common;

import java.util.List;
import java.util.Set;
import org.gridx.api.identity.Role;

/**
 * The signed-in person taking part, as the verified token says: account name, display name, roles and grid
 * scope (the node codes of their posts). Shared by every capability of the module.
 */
public record Participant(String username, String displayName, Set<String> roles, Set<String> scope) {

    /** Every tenant role: what may read the module's pages and API. */
    public static final String[] ANYONE = {Role.Names.RESIDENT, Role.Names.INFORMANT, Role.Names.SPECIALIST,
            Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR, Role.Names.DISPATCHER,
            Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN};

    private static final List<String> STAFF = List.of(Role.Names.INFORMANT, Role.Names.SPECIALIST,
            Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SUPERVISOR, Role.Names.DISPATCHER,
            Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN);

    public Participant {
        roles = Set.copyOf(roles);
        scope = Set.copyOf(scope);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return STAFF.stream().anyMatch(roles::contains);
    }

    /** Whether the person's scope names exactly this node (a post held at it). */
    public boolean holds(String nodeCode) {
        return scope.contains(nodeCode);
    }

    /** Whether the node is on the person's path: their own node, one above it or one below it (codes nest). */
    public boolean relatesTo(String nodeCode) {
        return scope.stream().anyMatch(s -> s.startsWith(nodeCode) || nodeCode.startsWith(s));
    }
}
