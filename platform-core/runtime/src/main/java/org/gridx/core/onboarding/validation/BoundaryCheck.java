package org.gridx.core.onboarding.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gridx.core.grid.geo.CoverageCheck;
import org.gridx.core.grid.geo.CoverageTolerance;
import org.gridx.core.grid.geo.GeoJson;
import org.gridx.core.grid.geo.GeoJsonException;
import org.locationtech.jts.geom.Geometry;

/**
 * Boundaries in a definition are valid GeoJSON areas, and where a node and its children all have one, the
 * children tile it: every gap, overlap and overhang beyond the default tolerance is a problem on the
 * parent's boundary, with its area and a point to look at, so a definition with bad boundaries is refused.
 */
final class BoundaryCheck {

    private static final CoverageCheck COVERAGE = new CoverageCheck(CoverageTolerance.DEFAULT);

    private BoundaryCheck() {
    }

    static void check(JsonNode root, List<DefinitionProblem> problems) {
        JsonNode grid = root.path("grid");
        if (grid.isObject()) {
            walk(grid, "/grid", problems);
        }
    }

    private static Geometry walk(JsonNode node, String at, List<DefinitionProblem> problems) {
        Geometry own = parse(node.get("boundary"), at + "/boundary", problems);
        List<CoverageCheck.Part> parts = new ArrayList<>();
        boolean allDrawn = true;
        JsonNode children = node.get("children");
        if (children != null && children.isArray()) {
            for (int i = 0; i < children.size(); i++) {
                Geometry g = walk(children.get(i), at + "/children/" + i, problems);
                allDrawn &= g != null;
                if (g != null) {
                    parts.add(new CoverageCheck.Part(children.get(i).path("code").asText(at + "/children/" + i), g));
                }
            }
        }
        if (own != null && allDrawn && !parts.isEmpty()) {
            COVERAGE.check(new CoverageCheck.Part(node.path("code").asText(at), own), parts)
                    .forEach(p -> problems.add(new DefinitionProblem(at + "/boundary", p.message())));
        }
        return own;
    }

    private static Geometry parse(JsonNode boundary, String at, List<DefinitionProblem> problems) {
        if (boundary == null || !boundary.isObject()) {
            return null;
        }
        try {
            return GeoJson.read(boundary);
        } catch (GeoJsonException e) {
            problems.add(new DefinitionProblem(at + e.pointer(), e.getMessage()));
            return null;
        }
    }
}
