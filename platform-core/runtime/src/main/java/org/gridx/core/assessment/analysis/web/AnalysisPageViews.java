package org.gridx.core.assessment.analysis.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridx.core.assessment.analysis.service.AnalysisRequests;
import org.gridx.core.assessment.analysis.service.BottleneckReport;
import org.gridx.core.assessment.analysis.service.HeatMatrix;
import org.gridx.core.assessment.analysis.service.HotSpotReport;
import org.gridx.core.assessment.analysis.service.RecurrenceReport;
import org.gridx.core.assessment.analysis.service.Today;
import org.gridx.core.assessment.analysis.service.TrendReport;
import org.gridx.core.assessment.scope.FigureScope;
import org.gridx.core.grid.service.GridGeoJsonExport;

/** Builds the analysis page from the same requests the API answers (so the page and its exports agree). */
@RequestScoped
public class AnalysisPageViews {

    @Inject
    AnalysisRequests requests;
    @Inject
    FigureScope scope;
    @Inject
    NodeChoices nodeChoices;
    @Inject
    GridGeoJsonExport geo;
    @Inject
    Today today;

    public AnalysisView of(Map<String, String> q, Locale l) {
        AnalysisMessages t = AnalysisTexts.in(l);
        boolean en = "en".equals(l.getLanguage());
        String node = blankToNull(q.get("node"));
        boolean grids = scope.wholeTenant() || !scope.scopeCodes().isEmpty();
        HotSpotReport hot = null;
        RecurrenceReport rec = null;
        TrendReport trend = null;
        if (grids) {
            hot = requests.hotSpots(q.get("from"), q.get("to"), node, null, en);
            rec = requests.recurrences(q.get("from"), q.get("to"), node, null, number(q.get("radius")), number(q.get("min")), null, en);
            trend = requests.trends(q.get("from"), q.get("to"), node, q.get("bucket"), null);
        }
        BottleneckReport bn = requests.seesDepartments() ? requests.bottlenecks(q.get("from"), q.get("to"), null, en) : null;
        String from = hot != null ? hot.asked().from().toString() : bn != null ? bn.period().from().toString() : "";
        String to = hot != null ? hot.asked().to().toString() : bn != null ? bn.period().to().toString() : "";
        String bucket = trend == null ? "day" : trend.bucket().name().toLowerCase(Locale.ROOT);
        int radius = rec == null ? 50 : rec.radius();
        int min = rec == null ? 3 : rec.minReports();
        Map<String, String> used = new LinkedHashMap<>();
        used.put("from", from);
        used.put("to", to);
        if (node != null) {
            used.put("node", node);
        }
        String query = used.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String prefix = grids ? scope.node(null).orElse("") : null;
        List<NodeChoice> nodes = grids ? nodeChoices.under(prefix, node, en) : List.of();
        List<HeatView> heat = new ArrayList<>();
        if (hot != null) {
            int i = 0;
            for (HeatMatrix m : hot.matrices()) {
                heat.add(new HeatView("heat-" + i++, t.hot_matrix(m.itemName()), ChartData.heat(m), AnalysisTables.matrixWide(m, l)));
            }
        }
        return new AnalysisView(from, to, node, bucket, radius, min, nodes, query,
                hot == null ? null : t.hot_months(hot.months().from().toString(), hot.months().to().toString(),
                        hot.previous().from().toString(), hot.previous().to().toString()),
                hot == null ? null : AnalysisTables.hotSpots(hot, l), heat,
                rec == null ? null : t.rec_intro(rec.radius(), rec.period().from().toString(), rec.period().to().toString(), rec.minReports()),
                rec != null && rec.truncated() ? t.rec_truncated(rec.rowsRead()) : null,
                rec == null ? "[]" : ChartData.clusters(rec), grids ? boundaries(node != null ? node : prefix) : "{}",
                rec == null ? null : AnalysisTables.clusters(rec, l),
                trend == null ? null : t.trend_compare(trend.current().reported(), trend.before().reported(),
                        trend.reportedChange() == null ? t.no_change() : signed(trend.reportedChange()),
                        trend.current().closed(), trend.before().closed()),
                trend == null ? "{}" : ChartData.trends(trend, l), trend == null ? null : AnalysisTables.trends(trend, l),
                bn == null ? "{}" : ChartData.bottlenecks(bn, l), bn == null ? null : AnalysisTables.departments(bn, l),
                bn == null ? null : AnalysisTables.stuck(bn, l, today.zone()));
    }

    /** The boundaries of the node shown (the tenant's top node when it is the whole street). */
    private String boundaries(String code) {
        String c = code == null || code.isEmpty()
                ? org.gridx.core.grid.domain.GridNode.<org.gridx.core.grid.domain.GridNode>find(
                        "level = 1 and retiredAt is null order by code").firstResultOptional().map(n -> n.code).orElse(null)
                : code;
        return c == null ? "{\"type\":\"FeatureCollection\",\"features\":[]}" : geo.export(c).toString();
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : "") + v + "%";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A number from the page's form, or null (then the request's default applies and a bad value is a 422). */
    private static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
