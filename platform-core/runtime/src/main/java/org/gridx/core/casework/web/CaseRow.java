package org.gridx.core.casework.web;

import java.time.Instant;
import java.util.UUID;

/**
 * A case as a line of a page's queue or list: what it is, where it stands, whose it is, when it is due,
 * and what the responsibility list suggests (department) — already in the page's language.
 */
public record CaseRow(UUID id, String number, String kind, String title, String itemCode, String state, String stateLabel,
        String gridCode, String address, String excerpt, Instant reportedAt, Instant dueAt, boolean overdue,
        int version, String department, String departmentName, String suggested, String suggestedName,
        UUID duplicateOf, String duplicateNumber, String postponementAsked, Short rating, int returns,
        String reportedBy, String escalationLevel, Double lon, Double lat) {

    public boolean hasPoint() {
        return lon != null && lat != null;
    }

    public boolean isProblem() {
        return "problem".equals(kind);
    }

    /** Closed but not yet rated: the reporter's rating form applies. */
    public boolean awaitsRating() {
        return "closed".equals(state) && rating == null;
    }
}
