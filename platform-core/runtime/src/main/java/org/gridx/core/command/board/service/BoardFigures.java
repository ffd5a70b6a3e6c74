package org.gridx.core.command.board.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;
import org.gridx.core.grid.domain.GridNode;

/**
 * The board's figures from the assessment sums (StatQuery), never from the cases themselves: one statement
 * for what is open now (per grid, added up per child and in all), one for this month's cohort, one for the
 * 30-day trend. As everywhere in the figures, a case counts on the day it was reported.
 */
@ApplicationScoped
public class BoardFigures {

    static final int TREND_DAYS = 30;
    /** Open cases can have been reported any time: "now" figures sum from here. */
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    @Inject
    StatQuery stats;

    /** Open and overdue-pending per child of {@code node}, from one sum per grid key under it. */
    public Map<String, Counters> openByGrid(GridNode node, LocalDate today) {
        return stats.byKey(StatPeriod.of(StatDimension.GRID, BEGINNING, today).under(node.code), StatCounter.OPEN,
                StatCounter.OVERDUE_PENDING);
    }

    public BoardView.Kpis kpis(GridNode node, LocalDate today, Map<String, Counters> openByGrid,
            Map<LocalDate, Counters> trend) {
        Counters now = openByGrid.values().stream().reduce(Counters.ZERO, Counters::plus);
        Counters month = stats.total(StatPeriod.of(StatDimension.GRID, today.withDayOfMonth(1), today).under(node.code));
        long handled = month.get(StatCounter.HANDLED);
        long dispatched = month.get(StatCounter.DISPATCHED);
        long satisfied = month.get(StatCounter.SATISFIED);
        long rated = month.get(StatCounter.RATED);
        return new BoardView.Kpis(trend.getOrDefault(today, Counters.ZERO).get(StatCounter.REPORTED),
                now.get(StatCounter.OPEN), now.get(StatCounter.OVERDUE_PENDING), month.get(StatCounter.CLOSED),
                handled, dispatched, ratio(handled, dispatched), satisfied, rated, ratio(satisfied, rated));
    }

    /** Reported and closed per day over the last 30 days (today included). */
    public Map<LocalDate, Counters> trend(GridNode node, LocalDate today) {
        return stats.series(StatPeriod.of(StatDimension.GRID, today.minusDays(TREND_DAYS - 1), today).under(node.code),
                StatQuery.Bucket.DAY);
    }

    public static BoardView.Trend trendView(Map<LocalDate, Counters> series, LocalDate today) {
        List<String> days = new ArrayList<>();
        List<Long> reported = new ArrayList<>();
        List<Long> closed = new ArrayList<>();
        for (LocalDate d = today.minusDays(TREND_DAYS - 1); !d.isAfter(today); d = d.plusDays(1)) {
            Counters c = series.getOrDefault(d, Counters.ZERO);
            days.add(d.toString());
            reported.add(c.get(StatCounter.REPORTED));
            closed.add(c.get(StatCounter.CLOSED));
        }
        return new BoardView.Trend(days, reported, closed);
    }

    /** Each child's share of the per-grid sums: the keys starting with its code. */
    public static List<BoardView.Part> parts(List<GridNode> children, Map<String, Counters> byGrid) {
        return children.stream().map(ch -> {
            Counters c = byGrid.entrySet().stream().filter(e -> e.getKey().startsWith(ch.code)).map(Map.Entry::getValue)
                    .reduce(Counters.ZERO, Counters::plus);
            return new BoardView.Part(NodeRef.of(ch), c.get(StatCounter.OPEN), c.get(StatCounter.OVERDUE_PENDING));
        }).toList();
    }

    static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
