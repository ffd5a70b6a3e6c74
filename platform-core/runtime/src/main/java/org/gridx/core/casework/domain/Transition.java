package org.gridx.core.casework.domain;

import java.util.Set;

/**
 * One row of the loop's table: from a state, an action leads to a state, for these roles ({@code system}
 * for moves only the timers make). Guards that need the case and the caller live with the action's step.
 */
public record Transition(CaseState from, CaseAction action, CaseState to, Set<String> roles) {

    public static final String SYSTEM = "system";

    public boolean allows(Set<String> callerRoles) {
        return callerRoles.stream().anyMatch(roles::contains);
    }
}
