package org.gridx.modules.selfgovernance.common;

import java.util.List;
import java.util.Set;
import org.gridx.api.identity.Role;

/**
 * The signed-in person taking part, as the verified token says: account name, display name, roles and grid
 * scope (the node codes of their posts, which is what moderation looks at); for a registered resident also
 * {@code homes}, the grid and community they live in (from the core's resident directory). Shared by every
 * capability of the module.
 */
public record Participant(String username, String displayName, Set<String> roles, Set<String> scope,
        Set<String> homes) {

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
        homes = Set.copyOf(homes);
    }

    public Participant(String username, String displayName, Set<String> roles, Set<String> scope) {
        this(username, displayName, roles, scope, Set.of());
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

    /**
     * Whether the node is the person's own: where they live (their grid or its community), or on the path of
     * a post they hold (the post's node, one above it or one below it; codes nest).
     */
    public boolean relatesTo(String nodeCode) {
        return homes.contains(nodeCode) || scope.stream().anyMatch(s -> s.startsWith(nodeCode) || nodeCode.startsWith(s));
    }
}
