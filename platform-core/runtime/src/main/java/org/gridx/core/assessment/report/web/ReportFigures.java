package org.gridx.core.assessment.report.web;

import java.util.List;
import java.util.Locale;
import org.gridx.core.assessment.report.service.StreetFigures;
import org.gridx.core.assessment.report.web.MonthlyReportView.Figure;
import org.gridx.core.assessment.scorecard.web.ScorecardMessages;
import org.gridx.core.assessment.scorecard.web.ScorecardTexts;

/** The month's street figures beside the previous month's, as lines of the report's first table. */
final class ReportFigures {

    private ReportFigures() {
    }

    static List<Figure> of(StreetFigures now, StreetFigures before, Locale locale) {
        ScorecardMessages t = ScorecardTexts.in(locale);
        return List.of(count("events", t.sum_events(), now.eventsReported(), before.eventsReported()),
                new Figure("disposal", t.sum_disposal(), pct(now.disposalRate()), pct(before.disposalRate()),
                        now.disposalRate() == null || before.disposalRate() == null ? "—"
                                : signed(Math.round((now.disposalRate() - before.disposalRate()) * 1000) / 10.0) + "%"),
                count("visits", t.sum_visits(), now.householdVisits(), before.householdVisits()),
                count("appeals", t.sum_appeals(), now.appealsCollected(), before.appealsCollected()),
                count("resolved", t.sum_resolved(), now.appealsResolved(), before.appealsResolved()));
    }

    private static Figure count(String id, String label, long now, long before) {
        return new Figure(id, label, String.valueOf(now), String.valueOf(before), (now - before > 0 ? "+" : "") + (now - before));
    }

    static String pct(Double share) {
        return share == null ? "—" : Math.round(share * 1000) / 10.0 + "%";
    }

    private static String signed(double d) {
        return (d > 0 ? "+" : "") + d;
    }
}
