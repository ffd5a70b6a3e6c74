package org.gridx.core.grid.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Checks that children tile their parent: inside it, not overlapping each other, covering it together.
 * All geometry runs in local metres (so areas and widths are real), each problem piece is reported on its
 * own with a point inside it. Pure function: no database, unit-testable on crafted shapes.
 */
public final class CoverageCheck {

    private final CoverageTolerance tolerance;

    public CoverageCheck(CoverageTolerance tolerance) {
        this.tolerance = tolerance;
    }

    public record Part(String code, Geometry boundary) {
    }

    public List<CoverageProblem> check(Part parent, List<Part> children) {
        LocalMetric metric = LocalMetric.around(parent.boundary());
        Geometry p = metric.toMetres(parent.boundary());
        List<Geometry> kids = children.stream().map(c -> metric.toMetres(c.boundary())).toList();
        List<CoverageProblem> out = new ArrayList<>();
        for (int i = 0; i < kids.size(); i++) {
            String code = children.get(i).code();
            report(out, metric, CoverageProblem.OUTSIDE, parent.code(), List.of(code),
                    OverlayNGRobust.overlay(kids.get(i), p, OverlayNG.DIFFERENCE),
                    code + " reaches outside its parent " + parent.code());
            for (int j = i + 1; j < kids.size(); j++) {
                if (kids.get(i).getEnvelopeInternal().intersects(kids.get(j).getEnvelopeInternal())) {
                    String other = children.get(j).code();
                    report(out, metric, CoverageProblem.OVERLAP, parent.code(), List.of(code, other),
                            OverlayNGRobust.overlay(kids.get(i), kids.get(j), OverlayNG.INTERSECTION),
                            code + " and " + other + " overlap");
                }
            }
        }
        Geometry union = kids.isEmpty() ? p.getFactory().createPolygon() : UnaryUnionOp.union(kids);
        report(out, metric, CoverageProblem.GAP, parent.code(), List.of(parent.code()),
                OverlayNGRobust.overlay(p, union, OverlayNG.DIFFERENCE),
                "part of " + parent.code() + " is in none of its children");
        return out;
    }

    private void report(List<CoverageProblem> out, LocalMetric metric, String kind, String parent, List<String> nodes,
            Geometry result, String what) {
        for (Object o : PolygonExtracter.getPolygons(result)) {
            Polygon piece = (Polygon) o;
            if (isNoise(piece)) {
                continue;
            }
            double area = Math.round(piece.getArea() * 10) / 10.0;
            Coordinate at = metric.toDegrees(piece.getInteriorPoint().getCoordinate());
            out.add(new CoverageProblem(kind, parent, nodes, area, round(at.x), round(at.y),
                    what + String.format(Locale.ROOT, ": %.1f m² around %.6f, %.6f", area, at.x, at.y)));
        }
    }

    private boolean isNoise(Polygon piece) {
        return piece.getArea() < tolerance.minAreaM2()
                || piece.buffer(-tolerance.minWidthM() / 2).isEmpty();
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
