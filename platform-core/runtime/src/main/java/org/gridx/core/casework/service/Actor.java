package org.gridx.core.casework.service;

import java.util.List;
import java.util.Set;
import org.gridx.core.casework.domain.Transition;

/** Who moves a case: a signed-in person (roles, department, grid scope) or the loop's own timers. */
public record Actor(String username, Set<String> roles, String department, List<String> scope) {

    public static final Actor SYSTEM = new Actor("system", Set.of(Transition.SYSTEM), null, List.of());

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isSystem() {
        return this == SYSTEM;
    }
}
