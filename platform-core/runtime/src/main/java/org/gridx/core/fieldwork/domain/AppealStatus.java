package org.gridx.core.fieldwork.domain;

import java.util.Map;
import java.util.Set;

/**
 * The appeal's small state machine, in one place: open → in-progress → resolved, and from open or
 * in-progress to 'to-case' when the grid cannot settle it and it goes to the closed loop.
 */
public final class AppealStatus {
    public static final String OPEN = "open";
    public static final String IN_PROGRESS = "in-progress";
    public static final String RESOLVED = "resolved";
    public static final String TO_CASE = "to-case";

    /** action → (states it may start from, state it leads to) */
    public static final Map<String, Map.Entry<Set<String>, String>> ACTIONS = Map.of(
            "start", Map.entry(Set.of(OPEN), IN_PROGRESS),
            "resolve", Map.entry(Set.of(OPEN, IN_PROGRESS), RESOLVED),
            "to-case", Map.entry(Set.of(OPEN, IN_PROGRESS), TO_CASE));

    private AppealStatus() {
    }
}
