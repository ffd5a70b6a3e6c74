package org.gridx.core.grid.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * An immutable spatial index of one tenant's live boundaries: an STRtree of prepared geometries. Built
 * once per grid-tree version and then only read, so concurrent lookups need no locking.
 * A point on a shared edge is covered by both grids; the deepest level wins, then the smallest code, so
 * the answer never depends on insertion order.
 */
public final class GridIndex {

    /** A live node's boundary; {@code id} is the node's, so a hit needs no second lookup (null in pure tests). */
    public record Entry(java.util.UUID id, String code, int level, Geometry boundary) {

        public Entry(String code, int level, Geometry boundary) {
            this(null, code, level, boundary);
        }
    }

    public record Hit(java.util.UUID id, String code, int level) {
    }

    public record Nearest(String code, double distanceM) {
    }

    private record Item(Entry entry, PreparedGeometry prepared) {
    }

    private static final Comparator<Item> DEEPEST_FIRST = Comparator.<Item>comparingInt(i -> -i.entry.level())
            .thenComparing(i -> i.entry.code());
    private final STRtree tree = new STRtree();
    private final int size;

    public GridIndex(List<Entry> entries) {
        for (Entry e : entries) {
            tree.insert(e.boundary().getEnvelopeInternal(), new Item(e, PreparedGeometryFactory.prepare(e.boundary())));
        }
        tree.build();
        size = entries.size();
    }

    public int size() {
        return size;
    }

    public Optional<Hit> locate(double lon, double lat) {
        Point p = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
        @SuppressWarnings("unchecked")
        List<Item> candidates = tree.query(new Envelope(lon, lon, lat, lat));
        return candidates.stream().filter(i -> i.prepared().covers(p)).min(DEEPEST_FIRST)
                .map(i -> new Hit(i.entry().id(), i.entry().code(), i.entry().level()));
    }

    /** The grid nearest to a point outside every grid, with the distance in metres. */
    public Optional<Nearest> nearest(double lon, double lat) {
        if (size == 0) {
            return Optional.empty();
        }
        Point p = GeoJson.FACTORY.createPoint(new Coordinate(lon, lat));
        Item probe = new Item(new Entry("", 0, p), PreparedGeometryFactory.prepare(p));
        Item found = (Item) tree.nearestNeighbour(p.getEnvelopeInternal(), probe,
                (ItemBoundable a, ItemBoundable b) -> ((Item) a.getItem()).entry().boundary()
                        .distance(((Item) b.getItem()).entry().boundary()));
        double d = found.entry().boundary().distance(p);
        Envelope around = new Envelope(lon - d, lon + d, lat - d, lat + d);
        around.expandBy(1e-9);
        @SuppressWarnings("unchecked")
        List<Item> tied = tree.query(around);
        // several nodes share the nearest edge (a grid and its community): name the deepest, as locate would
        Item best = tied.stream().filter(i -> i.entry().boundary().distance(p) <= d + 1e-12).min(DEEPEST_FIRST).orElse(found);
        Coordinate[] pts = DistanceOp.nearestPoints(best.entry().boundary(), p);
        double metres = new LocalMetric(lon, lat).distance(pts[0], pts[1]);
        return Optional.of(new Nearest(best.entry().code(), Math.round(metres * 10) / 10.0));
    }
}
