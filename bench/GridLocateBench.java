import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridx.core.grid.geo.GeoJson;
import org.gridx.core.grid.geo.GridIndex;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Locate on a synthetic tenant of 10,000 level-3 grids (100 × 100 cells of ≈ 85 m × 111 m, under 100
 * communities and one street, 10,101 nodes in all) through the production GridIndex, against a brute-force
 * scan of every polygon measured in the same run. Prints µs per lookup and the ratio.
 */
public class GridLocateBench {

    public static void main(String[] args) {
        int side = 100;
        double cell = 0.001;
        List<GridIndex.Entry> entries = new ArrayList<>();
        entries.add(new GridIndex.Entry("S", 1, rect(0, 0, side * cell, side * cell)));
        for (int cx = 0; cx < 10; cx++) {
            for (int cy = 0; cy < 10; cy++) {
                entries.add(new GridIndex.Entry("C" + cx + cy, 2, rect(cx * 10 * cell, cy * 10 * cell, (cx + 1) * 10 * cell, (cy + 1) * 10 * cell)));
            }
        }
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                entries.add(new GridIndex.Entry(String.format("G%03d%03d", x, y), 3, rect(x * cell, y * cell, (x + 1) * cell, (y + 1) * cell)));
            }
        }
        long t0 = System.nanoTime();
        GridIndex index = new GridIndex(entries);
        double buildMs = (System.nanoTime() - t0) / 1e6;
        Random random = new Random(42);
        int n = 200_000;
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = new double[] {110 + random.nextDouble() * side * cell, 40 + random.nextDouble() * side * cell};
        }
        for (int round = 0; round < 3; round++) { // warm-up rounds, then the measured one
            run(index, points, n / 4);
        }
        long t1 = System.nanoTime();
        int found = run(index, points, n);
        double indexUs = (System.nanoTime() - t1) / 1e3 / n;
        int m = 2_000;
        for (int i = 0; i < m; i++) {
            brute(entries, points[i]);
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < m; i++) {
            brute(entries, points[i]);
        }
        double bruteUs = (System.nanoTime() - t2) / 1e3 / m;
        System.out.printf("grids=%d nodes=%d index-build=%.0f ms lookups=%d found=%d%n", side * side, entries.size(), buildMs, n, found);
        System.out.printf("locate (STRtree of prepared geometries): %.2f µs/lookup%n", indexUs);
        System.out.printf("baseline (scan every polygon):          %.2f µs/lookup%n", bruteUs);
        System.out.printf("ratio baseline/index: %.0fx%n", bruteUs / indexUs);
    }

    private static int run(GridIndex index, double[][] points, int n) {
        int found = 0;
        for (int i = 0; i < n; i++) {
            found += index.locate(points[i][0], points[i][1]).map(h -> h.level() == 3 ? 1 : 0).orElse(0);
        }
        return found;
    }

    private static String brute(List<GridIndex.Entry> entries, double[] p) {
        Point point = GeoJson.FACTORY.createPoint(new Coordinate(p[0], p[1]));
        GridIndex.Entry best = null;
        for (GridIndex.Entry e : entries) {
            if (e.boundary().covers(point) && (best == null || e.level() > best.level()
                    || e.level() == best.level() && e.code().compareTo(best.code()) < 0)) {
                best = e;
            }
        }
        return best == null ? null : best.code();
    }

    private static Geometry rect(double x0, double y0, double x1, double y1) {
        return GeoJson.FACTORY.createPolygon(new Coordinate[] {new Coordinate(110 + x0, 40 + y0), new Coordinate(110 + x1, 40 + y0),
                new Coordinate(110 + x1, 40 + y1), new Coordinate(110 + x0, 40 + y1), new Coordinate(110 + x0, 40 + y0)});
    }
}
