package org.gridx.core.grid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.geo.CoverageCheck;
import org.gridx.core.grid.geo.CoverageProblem;
import org.gridx.core.grid.geo.GeoJson;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Split (one node into sibling parts whose polygons exactly cover it) and merge (siblings into one whose
 * boundary is their union). The old nodes are retired, never deleted, and every node involved gets a
 * history entry under one operation id. Only nodes without live children reshape: re-parenting children
 * by geometry is a decision a person must make (move them first).
 */
@ApplicationScoped
public class GridReshaping {

    @Inject
    GridHistory history;
    @Inject
    GridEditing editing;
    @Inject
    GridConfig config;

    @Transactional
    public List<GridNode> split(String code, List<GridNodeInput> parts, String actor) {
        GridNode node = leaf(code);
        if (node.boundary == null) {
            throw ProblemException.conflict("'" + code + "' has no boundary, so a split cannot be checked; draw it first.");
        }
        GridNode parent = GridNode.findById(node.parentId);
        List<FieldProblem> problems = new ArrayList<>();
        List<GridNode> created = build(parts, parent, problems);
        GridRules.throwIfAny(problems, "The parts cannot be created");
        List<CoverageCheck.Part> pieces = created.stream()
                .map(n -> new CoverageCheck.Part(n.code, n.boundary == null ? null : GeoJson.parse(n.boundary))).toList();
        if (pieces.stream().anyMatch(p -> p.boundary() == null)) {
            throw ProblemException.invalid("Every part needs a boundary.", List.of(new FieldProblem("/parts", "give each part a boundary")));
        }
        List<CoverageProblem> coverage = new CoverageCheck(config.tolerance())
                .check(new CoverageCheck.Part(code, GeoJson.parse(node.boundary)), pieces);
        if (!coverage.isEmpty()) {
            throw ProblemException.invalid("The parts must cover '" + code + "' exactly, without gaps or overlaps.",
                    coverage.stream().map(c -> new FieldProblem("/parts", c.message())).toList());
        }
        UUID op = UUID.randomUUID();
        retire(node, op, "split", actor, "split into " + created.stream().map(n -> n.code).toList());
        for (GridNode n : created) {
            n.persist();
            history.record(op, n, "create", null, actor, "split from " + code);
        }
        return created;
    }

    @Transactional
    public GridNode merge(List<String> codes, GridNodeInput into, String actor) {
        if (new HashSet<>(codes).size() != codes.size() || codes.size() < 2) {
            throw ProblemException.invalid("Merge needs at least two different nodes.", List.of(new FieldProblem("/codes", "list two or more distinct codes")));
        }
        List<GridNode> nodes = codes.stream().map(this::leaf).toList();
        if (nodes.stream().map(n -> n.parentId).distinct().count() > 1) {
            throw ProblemException.invalid("Only siblings merge.", List.of(new FieldProblem("/codes", "all nodes must have the same parent; move them first")));
        }
        GridNode parent = GridNode.findById(nodes.get(0).parentId);
        List<Geometry> shapes = nodes.stream().filter(n -> n.boundary != null).map(n -> GeoJson.parse(n.boundary)).toList();
        GridNodeInput whole = new GridNodeInput(into.code() != null ? into.code() : GridMoving.nextFree(parent), null,
                into.nameZh(), into.nameEn(), into.kind() != null ? into.kind() : nodes.get(0).kind,
                into.households() != null ? into.households() : nodes.stream().mapToInt(n -> n.households == null ? 0 : n.households).sum(),
                shapes.size() == nodes.size() ? GeoJson.write(UnaryUnionOp.union(shapes)) : null);
        List<FieldProblem> problems = new ArrayList<>();
        GridNode merged = build(List.of(whole), parent, problems).get(0);
        GridRules.throwIfAny(problems, "The merged node cannot be created");
        merged.persist();
        UUID op = UUID.randomUUID();
        for (GridNode n : nodes) {
            retire(n, op, "merge", actor, "merged into " + merged.code);
        }
        history.record(op, merged, "create", null, actor, "merged from " + codes);
        return merged;
    }

    private List<GridNode> build(List<GridNodeInput> inputs, GridNode parent, List<FieldProblem> problems) {
        List<GridNode> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            GridNodeInput in = inputs.get(i);
            String at = "/parts/" + i;
            if (in.code() == null || in.nameZh() == null || in.kind() == null) {
                problems.add(new FieldProblem(at, "each part needs code, nameZh and kind"));
                continue;
            }
            long same = inputs.stream().filter(o -> in.code().equals(o.code())).count();
            if (same > 1) {
                problems.add(new FieldProblem(at + "/code", "'" + in.code() + "' is given to more than one part"));
            }
            GridRules.newCode(in.code(), parent, at + "/code", problems);
            out.add(editing.build(in, parent, at, problems));
        }
        return out;
    }

    private GridNode leaf(String code) {
        GridNode node = GridRules.live(code);
        if (node.parentId == null) {
            throw ProblemException.conflict("'" + code + "' is the root of the tree; it cannot be split or merged.");
        }
        if (GridNode.count("parentId = ?1 and retiredAt is null", node.id) > 0) {
            throw ProblemException.conflict("'" + code + "' still has live children; move or reshape them first.");
        }
        return node;
    }

    private void retire(GridNode node, UUID op, String action, String actor, String note) {
        Map<String, Object> before = GridSnapshot.of(node);
        node.retiredAt = Instant.now();
        node.updatedAt = node.retiredAt;
        history.record(op, node, action, before, actor, note);
    }
}
