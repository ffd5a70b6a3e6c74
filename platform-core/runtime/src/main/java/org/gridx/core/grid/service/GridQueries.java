package org.gridx.core.grid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.domain.GridNodeHistory;
import org.gridx.core.identity.domain.Account;

/** Reads: the live tree, one node (retired ones too: old cases link to them), its history and its staff. */
@ApplicationScoped
public class GridQueries {

    @Transactional
    public List<GridNodeView> tree() {
        List<GridNode> live = GridNode.live();
        Map<UUID, GridNode> byId = live.stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
        Map<UUID, List<GridNode>> children = live.stream().filter(n -> n.parentId != null)
                .collect(Collectors.groupingBy(n -> n.parentId));
        return live.stream().filter(n -> n.parentId == null || !byId.containsKey(n.parentId))
                .map(n -> view(n, byId, children)).toList();
    }

    private GridNodeView view(GridNode n, Map<UUID, GridNode> byId, Map<UUID, List<GridNode>> children) {
        GridNode parent = n.parentId == null ? null : byId.get(n.parentId);
        return GridNodeView.of(n, parent == null ? null : parent.code, false,
                children.getOrDefault(n.id, List.of()).stream().map(c -> view(c, byId, children)).toList());
    }

    @Transactional
    public GridNodeView node(String code) {
        GridNode n = any(code);
        GridNode parent = n.parentId == null ? null : GridNode.findById(n.parentId);
        List<GridNodeView> kids = GridNode.<GridNode>list("parentId = ?1 and retiredAt is null order by code", n.id)
                .stream().map(c -> GridNodeView.of(c, n.code, false, List.of())).toList();
        return GridNodeView.of(n, parent == null ? null : parent.code, true, kids);
    }

    @Transactional
    public List<GridNodeHistory> history(String code) {
        return GridNodeHistory.of(any(code).id);
    }

    /** Accounts whose grid scope is this node or one of its ancestors (a community's chief covers its grids). */
    @Transactional
    public List<Account> staff(String code) {
        return Account.<Account>list("status = 'active' order by username").stream()
                .filter(a -> a.gridScope.stream().anyMatch(s -> code.startsWith(s))).toList();
    }

    private static GridNode any(String code) {
        return GridNode.findByCode(code).orElseThrow(() -> ProblemException.notFound(
                "No grid node '" + code + "' in this tenant; GET /grid/tree lists them."));
    }
}
