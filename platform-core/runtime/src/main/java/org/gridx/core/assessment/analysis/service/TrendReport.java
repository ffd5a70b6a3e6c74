package org.gridx.core.assessment.analysis.service;

import java.util.List;
import org.gridx.core.assessment.fact.StatQuery.Bucket;

/**
 * Trends of a period (widened to whole months when one item is asked: item figures are kept per month), the
 * buckets, the totals of this period and of the one before of the same length, and the moving-average window.
 */
public record TrendReport(Period period, Period previous, Bucket bucket, String item, int window,
        List<TrendPoint> points, TrendTotals current, TrendTotals before) {

    public Double reportedChange() {
        return TrendTotals.change(current.reported(), before.reported());
    }

    public Double closedChange() {
        return TrendTotals.change(current.closed(), before.closed());
    }
}
