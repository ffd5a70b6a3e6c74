package org.gridx.core.grid.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Crafted test shapes in lon/lat near the demo street; 0.001° ≈ 85 m east-west and 111 m north-south there. */
final class Shapes {

    static final double LON = 110.03;
    static final double LAT = 40.40;

    private Shapes() {
    }

    /** A rectangle offset from (LON, LAT) by the given degrees. */
    static Geometry rect(double x0, double y0, double x1, double y1) {
        return GeoJson.FACTORY.createPolygon(new Coordinate[] {c(x0, y0), c(x1, y0), c(x1, y1), c(x0, y1), c(x0, y0)});
    }

    private static Coordinate c(double dx, double dy) {
        return new Coordinate(LON + dx, LAT + dy);
    }
}
