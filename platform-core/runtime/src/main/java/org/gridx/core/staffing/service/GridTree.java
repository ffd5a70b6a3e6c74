package org.gridx.core.staffing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;

/**
 * The grid tree as staffing and field work need it: a node by code, its ancestors, its subtree. It walks
 * parent links rather than code prefixes, so it stays right if nodes are moved.
 */
@ApplicationScoped
public class GridTree {

    @Inject
    EntityManager em;

    /** The node with {@code code}, or a 422 naming {@code field} when there is none in this tenant. */
    public GridNode node(String code, String field) {
        return GridNode.findByCode(code).orElseThrow(() -> ProblemException.invalid("Unknown grid node.",
                List.of(new FieldProblem(field, "no grid node '" + code + "' in this tenant; use a code from the grid tree"))));
    }

    /** The node itself first, then its parent, up to the root. */
    public List<GridNode> selfAndAncestors(GridNode node) {
        List<GridNode> chain = new ArrayList<>();
        for (GridNode n = node; n != null && chain.size() < 32; n = n.parentId == null ? null : GridNode.findById(n.parentId)) {
            chain.add(n);
        }
        return chain;
    }

    /** True when the node or one of its ancestors is among {@code scopeCodes}. */
    public boolean within(GridNode node, Collection<String> scopeCodes) {
        return selfAndAncestors(node).stream().anyMatch(n -> scopeCodes.contains(n.code));
    }

    @SuppressWarnings("unchecked")
    public List<UUID> subtreeIds(UUID root) {
        // No result class: Hibernate keys a scalar-typed native query by a result builder without value
        // equality, so every call added an identical entry to its plan cache and lookups slowed as it filled.
        return em.createNativeQuery("""
                WITH RECURSIVE sub(id) AS (SELECT id FROM grid_node WHERE id = :root
                  UNION ALL SELECT g.id FROM grid_node g JOIN sub s ON g.parent_id = s.id)
                SELECT id FROM sub""").setParameter("root", root).getResultList();
    }
}
