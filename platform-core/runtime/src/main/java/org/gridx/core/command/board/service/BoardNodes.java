package org.gridx.core.command.board.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.service.GridTree;

/** The tree around the node in view: its live children (the next drill-down level) and the way back up. */
@RequestScoped
public class BoardNodes {

    @Inject
    BoardScope scope;
    @Inject
    GridTree tree;

    public List<GridNode> children(GridNode n) {
        return GridNode.list("parentId = ?1 and retiredAt is null order by code", n.id);
    }

    /** The breadcrumb from the top node the caller may see down to {@code n}. */
    public List<NodeRef> path(GridNode n) {
        List<NodeRef> up = new ArrayList<>();
        for (GridNode a : tree.selfAndAncestors(n)) {
            if (!scope.sees(a)) {
                break;
            }
            up.add(NodeRef.of(a));
        }
        Collections.reverse(up);
        return up;
    }
}
