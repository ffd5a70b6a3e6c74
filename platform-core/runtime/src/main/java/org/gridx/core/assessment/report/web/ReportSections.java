package org.gridx.core.assessment.report.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.core.assessment.export.ReportTable;
import org.gridx.core.assessment.report.web.MonthlyReportView.GradeCounts;
import org.gridx.core.assessment.report.web.MonthlyReportView.Section;
import org.gridx.core.assessment.scorecard.service.Scorecard;
import org.gridx.core.assessment.scorecard.service.ScorecardLine;
import org.gridx.core.assessment.scorecard.service.ScorecardTable;
import org.gridx.core.assessment.scorecard.web.PageTable;

/** A scorecard's parts of the report: top and bottom five of the ranked rows, the full table, the grades. */
final class ReportSections {

    private static final List<String> GRADES = List.of("A", "B", "C", "D", "E");

    private ReportSections() {
    }

    static Section section(Scorecard card, String label, Locale locale) {
        ReportTable full = ScorecardTable.of(card, label, locale);
        int ranked = (int) card.rows().stream().filter(r -> r.line().rank() != null).count();
        int g = ScorecardTable.gradeColumn(card.kind());
        return new Section(card.kind().code(), label, PageTable.of(slice(full, 0, Math.min(5, ranked)), g),
                PageTable.of(slice(full, Math.max(0, ranked - 5), ranked), g), PageTable.of(full, g));
    }

    static GradeCounts grades(Scorecard card, String label) {
        List<ScorecardLine> lines = card.rows().stream().map(Scorecard.Row::line).toList();
        List<Long> counts = new ArrayList<>();
        GRADES.forEach(x -> counts.add(lines.stream().filter(l -> x.equals(l.grade())).count()));
        double avg = lines.stream().filter(l -> l.score() != null).mapToDouble(ScorecardLine::score).average().orElse(Double.NaN);
        return new GradeCounts(card.kind().code(), label, counts, lines.stream().filter(l -> l.grade() == null).count(),
                Double.isNaN(avg) ? "—" : String.valueOf(Math.round(avg * 10) / 10.0));
    }

    private static ReportTable slice(ReportTable t, int from, int to) {
        return new ReportTable(t.title(), t.columns(), t.rows().subList(from, to));
    }
}
