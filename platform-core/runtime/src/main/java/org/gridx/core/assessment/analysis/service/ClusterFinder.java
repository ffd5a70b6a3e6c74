package org.gridx.core.assessment.analysis.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups reports of the same item lying within {@code radius} metres of a group's centre (pure, linear in the
 * reports). Positions are projected to metres around the reports' mean latitude (fine at a street's scale)
 * and bucketed in cells of {@code radius}: a report only compares with groups seeded in its own and the 8
 * neighbouring cells, joins the nearest one within reach or seeds a new one. Joining the centre, not any
 * member, keeps groups from chaining along a road: a report just beyond the radius stays apart.
 */
public final class ClusterFinder {

    private static final double METRES_PER_DEGREE_LAT = 110_574;

    /** A group being built; its centre is the mean of its members. */
    public static final class Group {
        final String item;
        final List<CasePoint> members = new ArrayList<>();
        double x;
        double y;

        Group(String item) {
            this.item = item;
        }

        public String item() {
            return item;
        }

        public List<CasePoint> members() {
            return members;
        }

        void add(CasePoint p, double px, double py) {
            members.add(p);
            int n = members.size();
            x += (px - x) / n;
            y += (py - y) / n;
        }
    }

    private record Cell(String item, long cx, long cy) {
    }

    private ClusterFinder() {
    }

    public static List<Group> groups(List<CasePoint> points, double radius) {
        double lat0 = points.stream().mapToDouble(CasePoint::lat).average().orElse(0);
        double mLon = METRES_PER_DEGREE_LAT * Math.cos(Math.toRadians(lat0));
        Map<Cell, List<Group>> cells = new HashMap<>();
        List<Group> all = new ArrayList<>();
        for (CasePoint p : points) {
            double px = p.lon() * mLon;
            double py = p.lat() * METRES_PER_DEGREE_LAT;
            long cx = (long) Math.floor(px / radius);
            long cy = (long) Math.floor(py / radius);
            Group best = null;
            double bestDist = radius;
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (Group g : cells.getOrDefault(new Cell(p.item(), cx + dx, cy + dy), List.of())) {
                        double d = Math.hypot(g.x - px, g.y - py);
                        if (d <= bestDist) {
                            best = g;
                            bestDist = d;
                        }
                    }
                }
            }
            if (best == null) {
                best = new Group(p.item());
                cells.computeIfAbsent(new Cell(p.item(), cx, cy), c -> new ArrayList<>()).add(best);
                all.add(best);
            }
            best.add(p, px, py);
        }
        return all;
    }

    /** The centre of a group back in degrees (longitude, latitude). */
    public static double[] centre(Group g) {
        double lon = g.members.stream().mapToDouble(CasePoint::lon).average().orElse(0);
        double lat = g.members.stream().mapToDouble(CasePoint::lat).average().orElse(0);
        return new double[] {lon, lat};
    }
}
