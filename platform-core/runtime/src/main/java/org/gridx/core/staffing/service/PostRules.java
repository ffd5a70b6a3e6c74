package org.gridx.core.staffing.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.identity.Role;

/**
 * Which posts a node of each level has (DOMAIN.md, "Roles"), and which roles are answered by walking up
 * the tree when a node has no such post: command roles (supervisor, chief, instructor, dispatcher) belong
 * to the level above when a grid has none; specialists and informants are the grid's own people, so a
 * grid without one is a vacancy, not its community's job.
 */
public final class PostRules {

    private static final Map<Integer, List<String>> BY_LEVEL = Map.of(
            0, List.of(Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.DISPATCHER),
            1, List.of(Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.DISPATCHER),
            2, List.of(Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR),
            3, List.of(Role.Names.SPECIALIST, Role.Names.INFORMANT));
    public static final List<String> ROLES = List.of(Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
            Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.DISPATCHER);
    private static final Set<String> WALK_UP = Set.of(Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
            Role.Names.INSTRUCTOR, Role.Names.DISPATCHER);
    /** DOMAIN.md: about one informant per 100 households. */
    public static final int HOUSEHOLDS_PER_INFORMANT = 100;

    private PostRules() {
    }

    /** In a fixed order, as messages quote it. */
    public static List<String> rolesAt(int level) {
        return BY_LEVEL.getOrDefault(level, List.of());
    }

    public static boolean walksUp(String role) {
        return WALK_UP.contains(role);
    }

    public static int informantsNeeded(Integer households) {
        return households == null ? 0 : (households + HOUSEHOLDS_PER_INFORMANT - 1) / HOUSEHOLDS_PER_INFORMANT;
    }
}
