package org.gridx.core.lists.domain;

/**
 * One rung of an item's escalation path (小事不出格, 大事不出街): the level the matter goes up to, the role
 * that handles it there, and within how long (ISO-8601 duration) it must be dealt with at that level.
 */
public record EscalationStep(String level, String role, String within) {

    /** Levels in the order a matter climbs them. */
    public static final java.util.List<String> LEVELS = java.util.List.of("grid", "community", "street", "banner");
}
