package org.gridx.core.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridx.core.assessment.export.ReportTable;
import org.gridx.core.assessment.indicator.Indicator;

/**
 * The indicator table as the page draws it, made from the same {@link ReportTable} the downloads write: each
 * row headed by its name and code, each indicator column headed by its name with its formula beside it.
 */
public record IndicatorTableView(String caption, List<Column> columns, List<Row> rows) {

    /** A column after the row heading; {@code code}/{@code formula} only for indicator columns. */
    public record Column(String label, String code, String formula) {
    }

    public record Row(String code, String name, List<String> cells) {
    }

    /** Columns of a ReportTable from IndicatorTables: code, name, then the shown values. */
    private static final int FIRST_VALUE = 2;

    public static IndicatorTableView of(String caption, ReportTable table, Locale locale) {
        List<Column> columns = new ArrayList<>();
        Indicator[] indicators = Indicator.values();
        for (int c = FIRST_VALUE; c < table.columns().size(); c++) {
            int i = c - FIRST_VALUE - 1; // the reports column comes before the indicators
            boolean indicator = i >= 0 && i < indicators.length;
            columns.add(new Column(table.columns().get(c), indicator ? indicators[i].code() : null,
                    indicator ? indicators[i].formula().in(locale) : null));
        }
        List<Row> rows = table.rows().stream().map(r -> new Row(String.valueOf(r.get(0)), String.valueOf(r.get(1)),
                r.subList(FIRST_VALUE, r.size()).stream().map(IndicatorTableView::cell).toList())).toList();
        return new IndicatorTableView(caption, columns, rows);
    }

    private static String cell(Object v) {
        return v == null ? "—" : v.toString();
    }
}
