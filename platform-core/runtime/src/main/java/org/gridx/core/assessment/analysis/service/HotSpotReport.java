package org.gridx.core.assessment.analysis.service;

import java.util.List;

/**
 * Hot spots of a period: the period asked, the whole months actually summed (grid × item figures are kept
 * per month, so the period is widened), the months compared against, all reports under the node, the top
 * pairs and a grid × month matrix for each of the top items.
 */
public record HotSpotReport(Period asked, Period months, Period previous, long total, List<HotSpot> top,
        List<HeatMatrix> matrices) {
}
