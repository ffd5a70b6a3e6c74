package org.gridx.core.grid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.geo.CoverageCheck;
import org.gridx.core.grid.geo.CoverageProblem;
import org.gridx.core.grid.geo.GeoJson;

/**
 * The coverage check over the live tree (or one node's subtree): for each node with live children, the
 * children must tile it. A node without a boundary cannot be checked and is reported as such, once.
 */
@ApplicationScoped
public class GridCoverage {

    @Inject
    GridConfig config;

    @Transactional
    public List<CoverageProblem> check(String rootCode) {
        List<GridNode> live = GridNode.live();
        GridNode root = rootCode == null ? live.stream().filter(n -> n.parentId == null).findFirst().orElse(null)
                : GridRules.live(rootCode);
        List<CoverageProblem> out = new ArrayList<>();
        if (root != null) {
            Map<UUID, List<GridNode>> children = live.stream().filter(n -> n.parentId != null)
                    .collect(Collectors.groupingBy(n -> n.parentId));
            walk(root, children, new CoverageCheck(config.tolerance()), out);
        }
        return out;
    }

    private void walk(GridNode node, Map<UUID, List<GridNode>> children, CoverageCheck check, List<CoverageProblem> out) {
        List<GridNode> kids = children.getOrDefault(node.id, List.of());
        if (!kids.isEmpty()) {
            List<GridNode> missing = new ArrayList<>(kids.stream().filter(k -> k.boundary == null).toList());
            if (node.boundary == null) {
                missing.add(0, node);
            }
            missing.forEach(m -> out.add(new CoverageProblem(CoverageProblem.NO_BOUNDARY, node.code, List.of(m.code),
                    null, null, null, m.code + " has no boundary, so " + node.code + " cannot be checked fully")));
            if (node.boundary != null) {
                check.check(new CoverageCheck.Part(node.code, GeoJson.parse(node.boundary)), kids.stream()
                        .filter(k -> k.boundary != null)
                        .map(k -> new CoverageCheck.Part(k.code, GeoJson.parse(k.boundary))).toList())
                        .forEach(out::add);
            }
        }
        kids.forEach(k -> walk(k, children, check, out));
    }
}
