package org.gridx.core.grid.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryTransformer;

/**
 * A local equirectangular projection to metres around a reference latitude. Over a street or a banner
 * (tens of kilometres) its area error is well under 1 %, which is all a gap/overlap report needs, and it
 * needs no projection library.
 */
public final class LocalMetric {

    private static final double METRES_PER_DEGREE = 111_320.0;
    private final double lon0;
    private final double lat0;
    private final double cosLat;

    public LocalMetric(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.cosLat = Math.cos(Math.toRadians(lat0));
    }

    public static LocalMetric around(Geometry g) {
        Coordinate c = g.getEnvelopeInternal().centre();
        return new LocalMetric(c.x, c.y);
    }

    public Geometry toMetres(Geometry g) {
        return new GeometryTransformer() {
            @Override
            protected org.locationtech.jts.geom.CoordinateSequence transformCoordinates(
                    org.locationtech.jts.geom.CoordinateSequence coords, Geometry parent) {
                org.locationtech.jts.geom.CoordinateSequence out = coords.copy();
                for (int i = 0; i < out.size(); i++) {
                    out.setOrdinate(i, 0, (coords.getX(i) - lon0) * METRES_PER_DEGREE * cosLat);
                    out.setOrdinate(i, 1, (coords.getY(i) - lat0) * METRES_PER_DEGREE);
                }
                return out;
            }
        }.transform(g);
    }

    public Coordinate toDegrees(Coordinate m) {
        return new Coordinate(lon0 + m.x / (METRES_PER_DEGREE * cosLat), lat0 + m.y / METRES_PER_DEGREE);
    }

    /** Metres between two lon/lat points (fine at street scale). */
    public double distance(Coordinate a, Coordinate b) {
        double dx = (a.x - b.x) * METRES_PER_DEGREE * cosLat;
        double dy = (a.y - b.y) * METRES_PER_DEGREE;
        return Math.hypot(dx, dy);
    }
}
