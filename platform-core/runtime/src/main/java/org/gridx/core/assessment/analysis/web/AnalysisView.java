package org.gridx.core.assessment.analysis.web;

import java.util.List;
import org.gridx.core.assessment.export.ReportTable;

/**
 * What the analysis page shows: the filter as used, each section's texts, chart data and tables (null for a
 * section the caller has no figures for), and the query string the export links repeat.
 */
public record AnalysisView(String from, String to, String node, String bucket, int radius, int min,
        List<NodeChoice> nodes, String query,
        String hotNote, ReportTable hotSpots, List<HeatView> heat,
        String recIntro, String recTruncated, String clusterPoints, String boundaries, ReportTable clusters,
        String trendCompare, String trendChart, ReportTable trends,
        String bottleneckChart, ReportTable departments, ReportTable stuck) {

    public boolean grids() {
        return hotSpots != null;
    }

    public boolean departmentsShown() {
        return departments != null;
    }
}
