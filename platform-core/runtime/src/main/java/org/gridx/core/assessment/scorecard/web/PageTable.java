package org.gridx.core.assessment.scorecard.web;

import java.util.List;
import org.gridx.core.assessment.export.ReportTable;

/**
 * A {@link ReportTable} ready for a template: every value as text ("—" for none, decimals as the export has
 * them), and which column holds the grade (drawn as a badge with its name, -1 for none).
 */
public record PageTable(String title, List<String> columns, List<List<String>> rows, int gradeColumn) {

    public static PageTable of(ReportTable t, int gradeColumn) {
        return new PageTable(t.title(), t.columns(), t.rows().stream()
                .map(r -> r.stream().map(PageTable::text).toList()).toList(), gradeColumn);
    }

    private static String text(Object v) {
        return v == null || "".equals(v) ? "—" : v.toString();
    }

    public boolean isGrade(int column) {
        return column == gradeColumn;
    }
}
