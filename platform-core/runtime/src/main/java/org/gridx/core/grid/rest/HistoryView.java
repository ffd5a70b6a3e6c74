package org.gridx.core.grid.rest;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.grid.domain.GridNodeHistory;

/** One history entry as the API shows it. */
public record HistoryView(UUID operation, String action, String actor, Instant at, String note,
        Map<String, Object> before, Map<String, Object> after) {

    static HistoryView of(GridNodeHistory h) {
        return new HistoryView(h.operationId, h.action, h.actor, h.at, h.note, h.before, h.after);
    }
}
