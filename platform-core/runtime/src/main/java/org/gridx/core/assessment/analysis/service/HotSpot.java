package org.gridx.core.assessment.analysis.service;

/**
 * One grid × item pair: reports in the period, its share of all reports under the node, the reports of the
 * period before (same number of months) and the change in percent (null when there were none before).
 */
public record HotSpot(int rank, String gridCode, String gridName, String itemCode, String itemName, long reports,
        double share, long previous, Double changePercent) {
}
