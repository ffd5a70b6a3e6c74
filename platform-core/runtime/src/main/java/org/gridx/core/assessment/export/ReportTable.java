package org.gridx.core.assessment.export;

import java.util.List;

/**
 * A table as pages show it and exports write it: a title, column headings (already in the reader's language)
 * and rows of plain values (String, Number, null). Every indicator, scorecard and analysis table is one, so
 * CSV and XLSX come for free and say the same as the page.
 */
public record ReportTable(String title, List<String> columns, List<List<Object>> rows) {

    public ReportTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + r.size() + " values for " + columns.size() + " columns");
            }
        }
    }
}
