package org.gridx.core.demo.story;

import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws case {@code index} of a generated history from (seed, index) alone, so any batch can be made again
 * identically and a run can resume anywhere: the grid (by households), the matter (by popularity), the
 * channel — mostly the grid's own informant, some residents, the hotline and the video wall — and when.
 */
public final class CaseSeeds {

    private static final String[] SAYS = {"，请尽快处理", "，影响居民出行", "，居民反映多次", "，巡查发现", "，存在安全隐患"};

    private final Street street;
    private final long seed;
    private final int days;
    private final double gridTotal;
    private final double itemTotal;

    public CaseSeeds(Street street, long seed, int days) {
        this.street = street;
        this.seed = seed;
        this.days = days;
        this.gridTotal = street.grids().stream().mapToDouble(GridSpot::weight).sum();
        this.itemTotal = java.util.Arrays.stream(street.itemWeights()).sum();
    }

    /** Case numbers of a history: "D", the seed, the index — unique per tenant and recognisable as generated. */
    public static String number(long seed, long index) {
        return String.format("D%d-%07d", seed, index);
    }

    public CaseSeed draw(long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 0xBF58476D1CE4E5B9L + 1);
        Instant at = StoryTimes.reportedAt(r, street.now(), days, street.zone());
        GridSpot grid = grid(r.nextDouble() * gridTotal);
        ItemSpec item = item(r.nextDouble() * itemTotal);
        double u = r.nextDouble();
        Person centre = street.dispatchers().get(r.nextInt(street.dispatchers().size()));
        Person reporter;
        String source;
        if (u < 0.72) {
            reporter = street.worker(grid);
            source = "grid-worker";
        } else if (u < 0.80 && !street.residents().isEmpty()) {
            reporter = street.residents().get(r.nextInt(street.residents().size()));
            source = "resident";
        } else {
            reporter = centre;
            source = u < 0.90 ? "hotline" : "video";
        }
        double[] point = grid.points().isEmpty() ? null : grid.points().get(r.nextInt(grid.points().size()));
        String description = grid.name() + "：" + item.name() + SAYS[r.nextInt(SAYS.length)];
        return new CaseSeed(number(seed, index), r, at, grid, point, item, reporter, source,
                description.length() > 2000 ? description.substring(0, 2000) : description);
    }

    private GridSpot grid(double x) {
        List<GridSpot> grids = street.grids();
        for (GridSpot g : grids) {
            x -= g.weight();
            if (x < 0) {
                return g;
            }
        }
        return grids.get(grids.size() - 1);
    }

    private ItemSpec item(double x) {
        double[] w = street.itemWeights();
        for (int i = 0; i < w.length; i++) {
            x -= w[i];
            if (x < 0) {
                return street.items().get(i);
            }
        }
        return street.items().get(w.length - 1);
    }
}
