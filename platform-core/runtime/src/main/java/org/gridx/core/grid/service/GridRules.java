package org.gridx.core.grid.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.gridx.api.grid.GridCode;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.geo.GeoJson;
import org.gridx.core.grid.geo.GeoJsonException;
import org.gridx.core.onboarding.validation.GridLevels;
import org.locationtech.jts.geom.Geometry;

/**
 * The checks every grid write shares, each adding "where: how to fix" problems instead of failing on the
 * first: a new code extends its parent's by 3 digits and was never used (retired codes stay taken, so old
 * cases and reports never become ambiguous); a kind fits the level; a boundary is a valid GeoJSON area.
 */
final class GridRules {

    private GridRules() {
    }

    static void newCode(String code, GridNode parent, String at, List<FieldProblem> problems) {
        GridCode c = GridCode.parse(code).orElse(null);
        if (c == null) {
            problems.add(new FieldProblem(at, "'" + code + "' is not a grid code: 6, 9, 12 or 15 digits"));
        } else if (parent != null && !new GridCode(parent.code).isParentOf(c)) {
            problems.add(new FieldProblem(at, "'" + code + "' is not a child code of " + parent.code
                    + ": use the parent's code plus 3 digits, e.g. " + parent.code + "009"));
        } else if (GridNode.findByCode(code).isPresent()) {
            problems.add(new FieldProblem(at, "'" + code + "' is already used (codes of retired nodes are never reused)"));
        }
    }

    static void kind(String kind, int level, String at, List<FieldProblem> problems) {
        List<String> allowed = GridLevels.KINDS.getOrDefault(level, List.of());
        if (kind != null && !allowed.contains(kind)) {
            problems.add(new FieldProblem(at, "'" + kind + "' is not a kind of a level-" + level + " node; use one of " + allowed));
        }
    }

    static Geometry boundary(JsonNode json, String at, List<FieldProblem> problems) {
        if (json == null || json.isNull()) {
            return null;
        }
        try {
            return GeoJson.read(json);
        } catch (GeoJsonException e) {
            problems.add(new FieldProblem(at + e.pointer(), e.getMessage()));
            return null;
        }
    }

    static GridNode live(String code) {
        return GridNode.findLive(code).orElseThrow(() -> org.gridx.api.problem.ProblemException.notFound(
                "No live grid node '" + code + "' in this tenant; GET /grid/tree lists them."));
    }

    static void throwIfAny(List<FieldProblem> problems, String what) {
        if (!problems.isEmpty()) {
            throw org.gridx.api.problem.ProblemException.invalid(what + "; see 'errors' for each problem.", problems);
        }
    }
}
