package org.gridx.core.assessment.analysis.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridx.core.assessment.analysis.service.BottleneckReport;
import org.gridx.core.assessment.analysis.service.Cluster;
import org.gridx.core.assessment.analysis.service.DepartmentWait;
import org.gridx.core.assessment.analysis.service.HeatMatrix;
import org.gridx.core.assessment.analysis.service.HotSpot;
import org.gridx.core.assessment.analysis.service.HotSpotReport;
import org.gridx.core.assessment.analysis.service.RecurrenceReport;
import org.gridx.core.assessment.analysis.service.Step;
import org.gridx.core.assessment.analysis.service.StuckCase;
import org.gridx.core.assessment.analysis.service.TrendPoint;
import org.gridx.core.assessment.analysis.service.TrendReport;
import org.gridx.core.assessment.export.ReportTable;

/**
 * The analysis tables as the page shows them and the exports write them (same rows), headings in the reader's
 * language. Percentages and hours are numbers; a missing value (no denominator) is empty.
 */
public final class AnalysisTables {

    private AnalysisTables() {
    }

    public static ReportTable hotSpots(HotSpotReport r, Locale l) {
        AnalysisMessages m = AnalysisTexts.in(l);
        List<List<Object>> rows = new ArrayList<>();
        for (HotSpot h : r.top()) {
            rows.add(Arrays.asList(h.rank(), h.gridName(), h.gridCode(), h.itemName(), h.itemCode(), h.reports(),
                    Math.round(h.share() * 1000) / 10.0, h.previous(), h.changePercent()));
        }
        return new ReportTable(m.hot_table(), List.of(m.col_rank(), m.col_grid(), m.col_grid_code(), m.col_item(),
                m.col_item_code(), m.col_reports(), m.col_share(), m.col_previous(), m.col_change()), rows);
    }

    /** The heat maps in long form: one row per item, grid and month. */
    public static ReportTable matrix(HotSpotReport r, Locale l) {
        AnalysisMessages m = AnalysisTexts.in(l);
        List<List<Object>> rows = new ArrayList<>();
        for (HeatMatrix h : r.matrices()) {
            for (int g = 0; g < h.gridCodes().size(); g++) {
                for (int c = 0; c < h.months().size(); c++) {
                    rows.add(Arrays.asList(h.itemName(), h.itemCode(), h.gridNames().get(g), h.gridCodes().get(g),
                            h.months().get(c), h.values().get(g).get(c)));
                }
            }
        }
        return new ReportTable(m.hot_matrix_table(), List.of(m.col_item(), m.col_item_code(), m.col_grid(),
                m.col_grid_code(), m.col_month(), m.col_reports()), rows);
    }

    /** One heat map as the page's table: a row per grid, a column per month. */
    public static ReportTable matrixWide(HeatMatrix h, Locale l) {
        AnalysisMessages m = AnalysisTexts.in(l);
        List<String> columns = new ArrayList<>(List.of(m.col_grid(), m.col_grid_code()));
        columns.addAll(h.months());
        List<List<Object>> rows = new ArrayList<>();
        for (int g = 0; g < h.gridCodes().size(); g++) {
            List<Object> row = new ArrayList<>(List.of(h.gridNames().get(g), h.gridCodes().get(g)));
            row.addAll(h.values().get(g));
            rows.add(row);
        }
        return new ReportTable(m.hot_matrix(h.itemName()), columns, rows);
    }

    public static ReportTable clusters(RecurrenceReport r, Locale l) {
        AnalysisMessages m = AnalysisTexts.in(l);
        List<List<Object>> rows = new ArrayList<>();
        for (Cluster c : r.clusters()) {
            rows.add(Arrays.asList(c.itemName(), c.itemCode(), c.gridName(), c.gridCode(), c.count(), c.first().toString(),
                    c.last().toString(), c.open(), c.lon(), c.lat()));
        }
        return new ReportTable(m.rec_table(), List.of(m.col_item(), m.col_item_code(), m.col_grid(), m.col_grid_code(),
                m.col_count(), m.col_first(), m.col_last(), m.col_open(), m.col_lon(), m.col_lat()), rows);
    }

    public static ReportTable trends(TrendReport r, Locale l) {
        AnalysisMessages m = AnalysisTexts.in(l);
        List<List<Object>> rows = new ArrayList<>();
        for (TrendPoint p : r.points()) {
            rows.add(Arrays.asList(p.bucket().toString(), p.reported(), p.closed(), p.overduePending(), p.satisfaction(),
                    p.reportedAverage()));
        }
        return new ReportTable(m.trend_table(), List.of(m.col_bucket(), m.col_reports(), m.col_closed(), m.col_overdue(),
                m.col_satisfaction(), m.col_average(r.window())), rows);
    }

    public static ReportTable departments(BottleneckReport r, Locale l) {
        AnalysisMessages m = AnalysisTexts.in(l);
        List<List<Object>> rows = new ArrayList<>();
        for (DepartmentWait d : r.departments()) {
            rows.add(Arrays.asList(d.name(), d.cases(), d.dispatched(), d.hours().get(Step.VERIFY), d.hours().get(Step.DISPATCH),
                    d.hours().get(Step.ACCEPT), d.hours().get(Step.HANDLE), d.hours().get(Step.CHECK), d.returnedShare(),
                    d.reworkedShare(), d.overdueShare(), AnalysisTexts.step(m, d.worstStep())));
        }
        return new ReportTable(m.bn_table(), List.of(m.col_department(), m.col_cases(), m.col_dispatched(), m.col_verify(),
                m.col_dispatch(), m.col_accept(), m.col_handle(), m.col_check(), m.col_returned(), m.col_reworked(),
                m.col_overdue_share(), m.col_worst()), rows);
    }

    public static ReportTable stuck(BottleneckReport r, Locale l, ZoneId zone) {
        AnalysisMessages m = AnalysisTexts.in(l);
        List<List<Object>> rows = new ArrayList<>();
        for (StuckCase s : r.stuck()) {
            rows.add(Arrays.asList(s.departmentName(), s.number(), s.title(), s.state(), s.gridCode(),
                    s.since().atZone(zone).toLocalDateTime().withNano(0).toString().replace('T', ' '), s.waitingHours(),
                    s.overdue() ? m.yes() : m.no()));
        }
        return new ReportTable(m.stuck_table(), List.of(m.col_department(), m.col_number(), m.col_title(), m.col_state(),
                m.col_grid_code(), m.col_since(), m.col_waiting(), m.col_is_overdue()), rows);
    }
}
