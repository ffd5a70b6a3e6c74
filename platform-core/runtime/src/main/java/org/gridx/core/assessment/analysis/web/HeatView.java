package org.gridx.core.assessment.analysis.web;

import org.gridx.core.assessment.export.ReportTable;

/** One heat map on the page: its heading, chart data and the same figures as a grid × month table. */
public record HeatView(String id, String heading, String chart, ReportTable table) {

    public String tableId() {
        return id + "-table";
    }
}
