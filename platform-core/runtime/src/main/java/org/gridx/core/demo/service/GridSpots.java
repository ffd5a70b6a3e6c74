package org.gridx.core.demo.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gridx.core.demo.story.GridSpot;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.geo.GeoJson;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The grids reports fall in (the live tree's leaves: 28 third-level grids on the demo street), weighted by
 * households, each with points drawn inside its boundary — or its interior point when the boundary is too
 * thin to hit — so every generated report locates to the grid it names.
 */
final class GridSpots {

    static final int POINTS = 48;

    private GridSpots() {
    }

    static List<GridSpot> of(List<GridNode> live, long seed) {
        Set<UUID> parents = live.stream().map(n -> n.parentId).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        SplittableRandom r = new SplittableRandom(seed);
        return live.stream().filter(n -> !parents.contains(n.id)).sorted(java.util.Comparator.comparing(n -> n.code))
                .map(n -> new GridSpot(n.id, n.code, n.nameZh, n.households == null || n.households <= 0 ? 200 : n.households,
                        points(n.boundary, r))).toList();
    }

    private static List<double[]> points(String boundary, SplittableRandom r) {
        List<double[]> out = new ArrayList<>();
        if (boundary == null) {
            return out;
        }
        Geometry g = GeoJson.parse(boundary);
        Envelope e = g.getEnvelopeInternal();
        for (int tries = 0; out.size() < POINTS && tries < POINTS * 20; tries++) {
            double lon = e.getMinX() + r.nextDouble() * e.getWidth();
            double lat = e.getMinY() + r.nextDouble() * e.getHeight();
            Point p = GeoJson.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
            if (g.contains(p)) {
                out.add(new double[] {lon, lat});
            }
        }
        if (out.isEmpty()) {
            Point p = g.getInteriorPoint();
            out.add(new double[] {p.getX(), p.getY()});
        }
        return out;
    }

}
