package org.gridx.core.assessment.analysis.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.gridx.core.assessment.analysis.service.BottleneckReport;
import org.gridx.core.assessment.analysis.service.Cluster;
import org.gridx.core.assessment.analysis.service.DepartmentWait;
import org.gridx.core.assessment.analysis.service.HeatMatrix;
import org.gridx.core.assessment.analysis.service.RecurrenceReport;
import org.gridx.core.assessment.analysis.service.Step;
import org.gridx.core.assessment.analysis.service.TrendPoint;
import org.gridx.core.assessment.analysis.service.TrendReport;

/** The figures the page's charts and map draw, as JSON for data attributes (the tables carry the same). */
final class ChartData {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartData() {
    }

    static String heat(HeatMatrix m) {
        ObjectNode o = JSON.createObjectNode();
        o.set("months", JSON.valueToTree(m.months()));
        o.set("grids", JSON.valueToTree(m.gridNames()));
        ArrayNode data = o.putArray("data");
        for (int g = 0; g < m.gridCodes().size(); g++) {
            for (int c = 0; c < m.months().size(); c++) {
                data.addArray().add(c).add(g).add(m.values().get(g).get(c));
            }
        }
        return o.toString();
    }

    static String trends(TrendReport r, Locale l) {
        AnalysisMessages t = AnalysisTexts.in(l);
        ObjectNode o = JSON.createObjectNode();
        ArrayNode buckets = o.putArray("buckets");
        ArrayNode series = o.putArray("series");
        ArrayNode reported = line(series, t.col_reports());
        ArrayNode closed = line(series, t.col_closed());
        ArrayNode overdue = line(series, t.col_overdue());
        ArrayNode average = line(series, t.col_average_short());
        for (TrendPoint p : r.points()) {
            buckets.add(p.bucket().toString());
            reported.add(p.reported());
            closed.add(p.closed());
            overdue.add(p.overduePending());
            average.add(p.reportedAverage());
        }
        return o.toString();
    }

    private static ArrayNode line(ArrayNode series, String name) {
        ObjectNode s = series.addObject();
        s.put("name", name);
        return s.putArray("data");
    }

    static String bottlenecks(BottleneckReport r, Locale l) {
        AnalysisMessages t = AnalysisTexts.in(l);
        ObjectNode o = JSON.createObjectNode();
        ArrayNode names = o.putArray("departments");
        r.departments().forEach(d -> names.add(d.name()));
        ArrayNode series = o.putArray("series");
        for (Step s : Step.values()) {
            ArrayNode data = line(series, AnalysisTexts.step(t, s));
            for (DepartmentWait d : r.departments()) {
                Double h = d.hours().get(s);
                if (h == null) {
                    data.addNull();
                } else {
                    data.add(h);
                }
            }
        }
        return o.toString();
    }

    static String clusters(RecurrenceReport r) {
        ArrayNode a = JSON.createArrayNode();
        for (Cluster c : r.clusters()) {
            a.addObject().put("lon", c.lon()).put("lat", c.lat()).put("count", c.count())
                    .put("label", c.itemName() + " · " + c.gridName() + " · " + c.count() + " (" + c.first() + " – " + c.last() + ")");
        }
        return a.toString();
    }
}
