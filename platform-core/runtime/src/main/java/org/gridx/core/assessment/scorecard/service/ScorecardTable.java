package org.gridx.core.assessment.scorecard.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.core.assessment.export.ReportTable;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.IndicatorValue;

/**
 * A scorecard as the page shows it and the exports write it (one table, so they say the same): rank, name,
 * the count of cases, each indicator (a share in % or hours, 1 decimal; empty when nothing to divide), score,
 * grade, and the change against the previous month. {@link #GRADE} is where the grade column sits after the
 * indicators: the page draws it as a badge.
 */
public final class ScorecardTable {

    private ScorecardTable() {
    }

    public static ReportTable of(Scorecard card, String title, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        List<String> columns = new ArrayList<>(List.of(en ? "Rank" : "排名", en ? "Name" : "名称", count(card.kind(), en)));
        for (Indicator i : card.kind().indicators()) {
            columns.add(i.label().in(locale) + (i.isHours() ? (en ? " (h)" : "（小时）") : " (%)"));
        }
        columns.addAll(List.of(en ? "Score" : "综合评分", en ? "Grade" : "等级", en ? "Change (points)" : "分数变化",
                en ? "Change (rank)" : "名次变化"));
        List<List<Object>> rows = new ArrayList<>();
        for (Scorecard.Row r : card.rows()) {
            ScorecardLine l = r.line();
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(l.rank(),
                    en ? l.entity().nameEn() : l.entity().nameZh(), l.counters().get(card.kind().count())));
            card.kind().indicators().forEach(i -> row.add(value(i.of(l.counters()))));
            row.add(l.score());
            row.add(l.grade());
            row.add(r.pointsChange());
            row.add(r.rankChange());
            rows.add(row);
        }
        return new ReportTable(title, columns, rows);
    }

    /** Index of the grade column in a table of {@code kind}. */
    public static int gradeColumn(ScorecardKind kind) {
        return 3 + kind.indicators().size() + 1;
    }

    public static Double value(IndicatorValue v) {
        if (v.value() == null) {
            return null;
        }
        double x = v.indicator().isHours() ? v.value() : v.value() * 100;
        return Math.round(x * 10) / 10.0;
    }

    private static String count(ScorecardKind kind, boolean en) {
        return kind == ScorecardKind.DEPARTMENT ? (en ? "Dispatched" : "应处置数") : (en ? "Reported" : "上报数");
    }
}
