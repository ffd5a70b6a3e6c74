package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.staffing.domain.StaffPost;
import org.gridx.core.staffing.service.Acting;
import org.gridx.core.staffing.service.ActingHolder;
import org.gridx.core.staffing.service.GridTree;

/**
 * The person who answers for a role at a level above (or at) a case's grid, at a moment: the post's A
 * holder, or B when A is away (AB岗). Used for service requests and for each rung of an escalation.
 */
@ApplicationScoped
public class Responsible {

    static final java.util.List<String> LEVELS = java.util.List.of("street", "community", "grid");

    @Inject
    GridTree tree;
    @Inject
    ActingHolder acting;

    public Optional<String> at(CaseFile c, String level, String role, Instant when) {
        int depth = LEVELS.indexOf(level) + 1;
        GridNode grid = GridNode.findById(c.gridNodeId);
        return tree.selfAndAncestors(grid).stream().filter(n -> n.level == depth).findFirst()
                .flatMap(node -> StaffPost.at(node.id, role).stream().map(p -> acting.at(p, when))
                        .filter(a -> !a.vacant()).map(Acting::account).findFirst())
                .map(a -> a.username);
    }

    public Optional<String> at(CaseFile c, int depth, String role, Instant when) {
        return depth >= 1 && depth <= 3 ? at(c, LEVELS.get(depth - 1), role, when) : Optional.empty();
    }
}
