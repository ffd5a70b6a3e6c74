package org.gridx.core.onboarding.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.grid.GridCode;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.onboarding.definition.TenantDefinition.GridNodeSpec;

/**
 * The grid tree, matched by code and written parents first (a child row refers to its parent's id).
 * Loads the tenant's nodes once: a street has tens of nodes, so one query beats one per node.
 */
final class GridNodeUpserter {

    private final Map<String, GridNode> existing = new HashMap<>();
    private final Tally tally;

    private GridNodeUpserter(Tally tally) {
        this.tally = tally;
        GridNode.<GridNode>listAll().forEach(n -> existing.put(n.code, n));
    }

    static void upsert(GridNodeSpec root, Tally tally) {
        GridNodeUpserter upserter = new GridNodeUpserter(tally);
        upserter.walk(root, null);
        tally.absent(upserter.existing.keySet());
    }

    private void walk(GridNodeSpec spec, UUID parentId) {
        GridNode node = existing.remove(spec.code());
        boolean isNew = node == null;
        if (isNew) {
            node = new GridNode();
            node.code = spec.code();
        }
        FieldDiff diff = new FieldDiff();
        node.parentId = diff.apply(node.parentId, parentId);
        node.level = diff.apply(node.level, (short) new GridCode(spec.code()).level());
        node.nameZh = diff.apply(node.nameZh, spec.name().zh());
        node.nameEn = diff.apply(node.nameEn, spec.name().enOrZh());
        node.kind = diff.apply(node.kind, spec.kind());
        node.households = diff.apply(node.households, spec.households());
        if (spec.boundary() != null) {
            // kept when the definition leaves it out, so boundaries drawn in the app survive a re-import
            node.boundary = diff.apply(node.boundary, spec.boundary().toString());
        }
        if (isNew) {
            node.persist();
        } else if (diff.changed()) {
            node.updatedAt = Instant.now();
        }
        tally.count(isNew, diff.changed());
        for (GridNodeSpec child : spec.children()) {
            walk(child, node.id);
        }
    }
}
