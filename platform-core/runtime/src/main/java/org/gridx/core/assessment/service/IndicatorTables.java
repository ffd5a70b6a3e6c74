package org.gridx.core.assessment.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.assessment.export.ReportTable;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.IndicatorValue;
import org.gridx.core.assessment.indicator.Score;

/**
 * The indicator table as the page shows it and CSV/XLSX write it: one row per entity; code, name, reports,
 * then each indicator as a percentage with one decimal (hours for the average handling time), score, grade.
 */
public final class IndicatorTables {

    static final LocalizedText TITLE = LocalizedText.of("考核指标", "Assessment indicators");
    static final LocalizedText CODE = LocalizedText.of("代码", "Code");
    static final LocalizedText NAME = LocalizedText.of("名称", "Name");
    static final LocalizedText REPORTED = LocalizedText.of("上报数", "Reports");
    static final LocalizedText SCORE = LocalizedText.of("综合评分", "Overall score");
    static final LocalizedText GRADE = LocalizedText.of("等级", "Grade");

    private IndicatorTables() {
    }

    public static ReportTable of(IndicatorReport report, Locale locale) {
        List<String> columns = new ArrayList<>(List.of(CODE.in(locale), NAME.in(locale), REPORTED.in(locale)));
        for (Indicator i : Indicator.values()) {
            columns.add(heading(i, locale));
        }
        columns.add(SCORE.in(locale));
        columns.add(GRADE.in(locale));
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorRow r : report.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.code(), r.name().in(locale), r.counters().get(StatCounter.REPORTED)));
            r.values().forEach(v -> row.add(shown(v)));
            Score s = r.score(report.weights());
            row.add(s.points());
            row.add(s.grade());
            rows.add(row);
        }
        return new ReportTable(TITLE.in(locale) + " " + report.request().from() + "~" + report.request().to(), columns, rows);
    }

    /** The indicator's name and unit, e.g. "处置率 (%)" or "平均处置时长 (h)". */
    public static String heading(Indicator i, Locale locale) {
        return i.label().in(locale) + (i.isHours() ? " (h)" : " (%)");
    }

    /** A share as a percentage with one decimal, hours with one decimal; null when nothing to divide by. */
    public static Double shown(IndicatorValue v) {
        if (v.value() == null) {
            return null;
        }
        double x = v.indicator().isHours() ? v.value() : v.value() * 100;
        return Math.round(x * 10) / 10.0;
    }

    public static String fileName(IndicatorReport report) {
        IndicatorRequest r = report.request();
        return "indicators-" + r.from() + "-" + r.to() + (r.node() == null ? "" : "-" + r.node())
                + (r.by() == null ? "" : "-by-" + r.by().code());
    }
}
