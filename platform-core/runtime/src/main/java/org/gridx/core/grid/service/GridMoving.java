package org.gridx.core.grid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;

/**
 * Moving a node under another parent of the same level. A code is the node's address (parent's code plus
 * 3 digits), so the node and its whole subtree are re-coded: ids stay (cases and history refer to ids),
 * every node gets a history entry with its old code, and staff grid scopes follow the new codes. Refusing
 * instead would force delete-and-recreate, losing exactly the history the issue asks to keep.
 */
@ApplicationScoped
public class GridMoving {

    @Inject
    GridHistory history;
    @Inject
    EntityManager em;

    @Transactional
    public GridNode move(String code, String newParentCode, String newCode, String actor) {
        GridNode node = GridRules.live(code);
        if (node.parentId == null) {
            throw ProblemException.conflict("'" + code + "' is the root of the tree and has no parent to move from.");
        }
        GridNode parent = GridRules.live(newParentCode);
        if (parent.level != node.level - 1) {
            throw ProblemException.invalid("A node keeps its level when it moves.", List.of(new FieldProblem("/parent",
                    "'" + newParentCode + "' is a level-" + parent.level + " node; a level-" + node.level
                            + " node needs a level-" + (node.level - 1) + " parent")));
        }
        if (parent.id.equals(node.parentId)) {
            throw ProblemException.conflict("'" + code + "' is already under '" + newParentCode + "'.");
        }
        String target = newCode != null ? newCode : nextFree(parent);
        List<FieldProblem> problems = new ArrayList<>();
        GridRules.newCode(target, parent, "/code", problems);
        GridRules.throwIfAny(problems, "The new code does not fit");
        List<GridNode> subtree = GridNode.list("code like ?1 order by code", code + "%");
        for (GridNode n : subtree) {
            String recoded = target + n.code.substring(code.length());
            if (n != node && GridNode.findByCode(recoded).isPresent()) {
                throw ProblemException.conflict("Moving would give '" + n.code + "' the code '" + recoded
                        + "', which is already used; choose another code for '" + code + "'.");
            }
        }
        UUID op = UUID.randomUUID();
        for (GridNode n : subtree) {
            Map<String, Object> before = GridSnapshot.of(n);
            String old = n.code;
            n.code = target + n.code.substring(code.length());
            if (n == node) {
                n.parentId = parent.id;
            }
            n.updatedAt = Instant.now();
            GridNode.flush();
            history.record(op, n, n == node ? "move" : "recode", before, actor, "was " + old);
            em.createNativeQuery("UPDATE account SET grid_scope = array_replace(grid_scope, ?1, ?2) WHERE ?1 = ANY (grid_scope)")
                    .setParameter(1, old).setParameter(2, n.code).executeUpdate();
        }
        return node;
    }

    /** The parent's code plus the lowest 3-digit suffix never used (retired codes included). */
    static String nextFree(GridNode parent) {
        for (int i = 1; i <= 999; i++) {
            String candidate = parent.code + String.format("%03d", i);
            if (GridNode.findByCode(candidate).isEmpty()) {
                return candidate;
            }
        }
        throw ProblemException.conflict("'" + parent.code + "' has used all 999 child codes.");
    }
}
