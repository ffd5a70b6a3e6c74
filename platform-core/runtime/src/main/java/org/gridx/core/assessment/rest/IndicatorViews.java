package org.gridx.core.assessment.rest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridx.core.assessment.domain.AssessmentSettings;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.Score;
import org.gridx.core.assessment.service.IndicatorReport;
import org.gridx.core.assessment.service.IndicatorRow;

/** The JSON of an indicator report: the request as understood, the indicators' formulas, and the rows. */
final class IndicatorViews {

    private IndicatorViews() {
    }

    static Map<String, Object> report(IndicatorReport report, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", report.request().from().toString());
        m.put("to", report.request().to().toString());
        m.put("node", report.request().node());
        m.put("by", report.request().by() == null ? null : report.request().by().code());
        m.putAll(AssessmentSettings.snapshot(report.weights()));
        m.put("indicators", Arrays.stream(Indicator.values()).map(i -> indicator(i, locale)).toList());
        m.put("rows", report.rows().stream().map(r -> row(r, report, locale)).toList());
        return m;
    }

    private static Map<String, Object> indicator(Indicator i, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("label", i.label().in(locale));
        m.put("formula", i.formula().in(locale));
        m.put("unit", i.isHours() ? "hours" : "share");
        m.put("higherIsBetter", i.higherIsBetter());
        return m;
    }

    private static Map<String, Object> row(IndicatorRow r, IndicatorReport report, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code());
        m.put("name", r.name().in(locale));
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StatCounter c : StatCounter.values()) {
            counts.put(c.column(), r.counters().get(c));
        }
        m.put("counts", counts);
        List<Map<String, Object>> values = r.values().stream().map(v -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("code", v.indicator().code());
            x.put("label", v.indicator().label().in(locale));
            x.put("numerator", v.numerator());
            x.put("denominator", v.denominator());
            x.put("value", v.value());
            return x;
        }).toList();
        m.put("indicators", values);
        Score s = r.score(report.weights());
        m.put("score", s.points());
        m.put("grade", s.grade());
        return m;
    }
}
