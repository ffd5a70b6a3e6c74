package org.gridx.core.grid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.grid.GridCode;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.core.grid.domain.GridNode;
import org.locationtech.jts.geom.Geometry;

/** Creating a node under a live parent and changing a node's names, kind, households or boundary. */
@ApplicationScoped
public class GridEditing {

    @Inject
    GridHistory history;

    @Transactional
    public GridNode create(GridNodeInput in, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.parent() == null || in.code() == null) {
            problems.add(new FieldProblem(in.parent() == null ? "/parent" : "/code",
                    "give both the parent's code and the new code (the parent's code plus 3 digits)"));
        }
        if (in.nameZh() == null || in.kind() == null) {
            problems.add(new FieldProblem(in.nameZh() == null ? "/nameZh" : "/kind", "required for a new node"));
        }
        GridRules.throwIfAny(problems, "The new node is incomplete");
        GridNode parent = GridRules.live(in.parent());
        GridRules.newCode(in.code(), parent, "/code", problems);
        GridRules.throwIfAny(problems, "The new node's code does not fit");
        GridNode node = build(in, parent, "", problems);
        GridRules.throwIfAny(problems, "The new node cannot be created");
        node.persist();
        history.record(UUID.randomUUID(), node, "create", null, actor, null);
        return node;
    }

    /** A new live node from input already checked for its code; adds problems for kind and boundary. */
    GridNode build(GridNodeInput in, GridNode parent, String at, List<FieldProblem> problems) {
        int level = new GridCode(in.code()).level();
        GridRules.kind(in.kind(), level, at + "/kind", problems);
        Geometry boundary = GridRules.boundary(in.boundary(), at + "/boundary", problems);
        GridNode node = new GridNode();
        node.code = in.code();
        node.parentId = parent.id;
        node.level = (short) level;
        node.nameZh = in.nameZh();
        node.nameEn = in.nameEn() == null || in.nameEn().isBlank() ? in.nameZh() : in.nameEn();
        node.kind = in.kind();
        node.households = in.households();
        node.boundary = boundary == null ? null : in.boundary().toString();
        return node;
    }

    @Transactional
    public GridNode update(String code, GridNodeInput in, String actor) {
        GridNode node = GridRules.live(code);
        List<FieldProblem> problems = new ArrayList<>();
        if (in.code() != null && !in.code().equals(code) || in.parent() != null) {
            problems.add(new FieldProblem(in.code() != null ? "/code" : "/parent",
                    "code and parent change only by moving: POST /grid/nodes/" + code + "/move"));
        }
        GridRules.kind(in.kind(), node.level, "/kind", problems);
        Geometry boundary = GridRules.boundary(in.boundary(), "/boundary", problems);
        GridRules.throwIfAny(problems, "The change cannot be made");
        Map<String, Object> before = GridSnapshot.of(node);
        node.nameZh = in.nameZh() != null ? in.nameZh() : node.nameZh;
        node.nameEn = in.nameEn() != null ? in.nameEn() : node.nameEn;
        node.kind = in.kind() != null ? in.kind() : node.kind;
        node.households = in.households() != null ? in.households() : node.households;
        node.boundary = boundary != null ? in.boundary().toString() : node.boundary;
        if (!before.equals(GridSnapshot.of(node))) {
            node.updatedAt = Instant.now();
            history.record(UUID.randomUUID(), node, "update", before, actor, null);
        }
        return node;
    }
}
