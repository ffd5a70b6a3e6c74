package org.gridx.core.assessment.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;
import org.gridx.core.assessment.fact.StatQuery.Bucket;

/**
 * 趋势: reported / closed / overdue pending / satisfaction per day, week or month from the daily grid sums
 * (StatQuery.series and two totals: three statements), every bucket of the period present (empty ones as 0),
 * with a trailing moving average of reports and the change against the period before of the same length.
 * One item: from the monthly grid × item sums instead, so by month.
 */
@ApplicationScoped
@Transactional
public class Trends {

    @Inject
    StatQuery stats;
    @Inject
    ItemSeries itemSeries;

    public TrendReport of(Period asked, String node, Bucket bucket, String item) {
        boolean byItem = item != null;
        Bucket b = byItem ? Bucket.MONTH : bucket;
        Period p = byItem ? asked.wholeMonths() : asked;
        Period before = byItem ? p.previousMonths() : p.previous();
        Map<LocalDate, Counters> series = byItem ? itemSeries.monthly(p, node, item) : stats.series(grid(p, node), b);
        Counters now = byItem ? itemSeries.total(p, node, item) : stats.total(grid(p, node));
        Counters prev = byItem ? itemSeries.total(before, node, item) : stats.total(grid(before, node));
        int window = switch (b) {
            case DAY -> 7;
            case WEEK -> 4;
            case MONTH -> 3;
        };
        List<TrendPoint> points = new ArrayList<>();
        List<Long> reported = new ArrayList<>();
        for (LocalDate d = start(p.from(), b); !d.isAfter(p.to()); d = next(d, b)) {
            Counters c = series.getOrDefault(d, Counters.ZERO);
            reported.add(c.get(StatCounter.REPORTED));
            List<Long> last = reported.subList(Math.max(0, reported.size() - window), reported.size());
            double avg = Math.round(last.stream().mapToLong(Long::longValue).average().orElse(0) * 10) / 10.0;
            TrendTotals t = TrendTotals.of(c);
            points.add(new TrendPoint(d, t.reported(), t.closed(), t.overduePending(), c.get(StatCounter.RATED),
                    t.satisfaction(), avg));
        }
        return new TrendReport(p, before, b, item, window, points, TrendTotals.of(now), TrendTotals.of(prev));
    }

    private static StatPeriod grid(Period p, String node) {
        StatPeriod s = StatPeriod.of(StatDimension.GRID, p.from(), p.to());
        return node == null ? s : s.under(node);
    }

    static LocalDate start(LocalDate d, Bucket b) {
        return switch (b) {
            case DAY -> d;
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
        };
    }

    private static LocalDate next(LocalDate d, Bucket b) {
        return switch (b) {
            case DAY -> d.plusDays(1);
            case WEEK -> d.plusWeeks(1);
            case MONTH -> d.plusMonths(1);
        };
    }
}
