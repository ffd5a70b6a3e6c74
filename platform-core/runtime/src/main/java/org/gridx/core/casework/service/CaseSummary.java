package org.gridx.core.casework.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.core.casework.domain.CaseFile;

/** A case in a queue or list: enough to sort, colour and open it. */
public record CaseSummary(UUID id, String number, String kind, String source, String state, String title,
        String itemCode, String gridCode, Double lon, Double lat, String address, String priority,
        String leadDepartment, List<String> coDepartments, String assignee, String escalationLevel,
        Instant reportedAt, Instant dueAt, boolean overdue, UUID duplicateOf, Short rating, int version) {

    public static CaseSummary of(CaseFile c) {
        return new CaseSummary(c.id, c.number, c.kind, c.source, c.state, c.title, c.itemCode, c.gridCode, c.lon, c.lat,
                c.address, c.priority, c.leadDepartment, List.copyOf(c.coDepartments), c.assignee, c.escalationLevel,
                c.reportedAt, c.dueAt, c.overdue, c.duplicateOf, c.rating, c.rowVersion);
    }
}
