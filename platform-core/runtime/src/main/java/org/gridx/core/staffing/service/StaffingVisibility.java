package org.gridx.core.staffing.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.gridx.core.grid.domain.GridNode;

/**
 * Which nodes' staffing the caller may see: tenant administrators and the command centre all of them,
 * supervisors, chiefs and instructors the subtrees of their grid scope; optionally narrowed to one subtree.
 */
@RequestScoped
public class StaffingVisibility {

    @Inject
    Caller caller;
    @Inject
    GridTree tree;

    public Predicate<GridNode> filter(String nodeCode) {
        Set<UUID> subtree = nodeCode == null || nodeCode.isBlank() ? null
                : new HashSet<>(tree.subtreeIds(tree.node(nodeCode.strip(), "node").id));
        boolean all = caller.tenantWide();
        var scope = all ? null : caller.scope();
        return n -> n != null && (subtree == null || subtree.contains(n.id)) && (all || tree.within(n, scope));
    }
}
