package org.gridx.core.assessment.analysis.service;

import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatCounter;

/** A period's totals for the trend comparison. */
public record TrendTotals(long reported, long closed, long overduePending, Double satisfaction) {

    public static TrendTotals of(Counters c) {
        long rated = c.get(StatCounter.RATED);
        return new TrendTotals(c.get(StatCounter.REPORTED), c.get(StatCounter.CLOSED), c.get(StatCounter.OVERDUE_PENDING),
                rated == 0 ? null : Math.round(c.get(StatCounter.SATISFIED) * 1000.0 / rated) / 10.0);
    }

    /** Change from {@code before} in percent, null when there was nothing before. */
    public static Double change(long now, long before) {
        return before == 0 ? null : Math.round((now - before) * 1000.0 / before) / 10.0;
    }
}
