package org.gridx.core.assessment.report.web;

import java.util.List;
import org.gridx.core.assessment.scorecard.web.PageTable;

/**
 * The monthly report (月度考核通报) ready to print: the month's figures against the previous month, the grade
 * distribution of each scorecard, each scorecard's top and bottom five and full table, and the formulas.
 */
public record MonthlyReportView(String lang, String tenant, String siteName, String month, String generated,
        List<Figure> figures, List<GradeCounts> grades, List<Section> sections, List<Formula> formulas, String scoreFormula) {

    /** One figure this month and last, and the change (text, already formatted). */
    public record Figure(String id, String label, String now, String before, String change) {
    }

    /** How many rows of a scorecard got each grade A–E, and how many none; the average score. */
    public record GradeCounts(String kind, String label, List<Long> counts, long none, String average) {
    }

    public record Section(String kind, String label, PageTable top, PageTable bottom, PageTable full) {
    }

    public record Formula(String label, String formula) {
    }
}
