package org.gridx.core.grid.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.domain.GridNodeHistory;

/** Appends history entries; callers take the "before" snapshot themselves, prior to changing the node. */
@ApplicationScoped
public class GridHistory {

    public void record(UUID operation, GridNode node, String action, Map<String, Object> before, String actor,
            String note) {
        GridNode.flush();
        GridNodeHistory h = new GridNodeHistory();
        h.nodeId = node.id;
        h.operationId = operation;
        h.action = action;
        h.actor = actor;
        h.note = note;
        h.before = before;
        h.after = GridSnapshot.of(node);
        h.persist();
    }
}
