package org.gridx.core.assessment.export;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/**
 * Writes a {@link ReportTable} as CSV (UTF-8 with a byte-order mark, so Excel on a Chinese Windows reads it
 * right) or XLSX, as a download named after the table.
 */
public final class TableExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    /** {@code format} is csv or xlsx (anything else is refused with what to use). */
    public static Response download(ReportTable table, String format, String fileName) {
        String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
        StreamingOutput body = switch (f) {
            case "csv" -> out -> csv(table, out);
            case "xlsx" -> out -> xlsx(table, out);
            default -> throw ProblemException.invalid("Unknown export format.",
                    List.of(new FieldProblem("format", "csv or xlsx")));
        };
        String name = fileName + "." + f;
        return Response.ok(body, "csv".equals(f) ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }

    public static void csv(ReportTable t, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(t.columns());
            for (List<Object> r : t.rows()) {
                p.printRecord(r);
            }
        }
    }

    public static void xlsx(ReportTable t, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "GridX", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName(t.title()));
        for (int c = 0; c < t.columns().size(); c++) {
            ws.value(0, c, t.columns().get(c));
            ws.style(0, c).bold().set();
        }
        for (int r = 0; r < t.rows().size(); r++) {
            List<Object> row = t.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v != null) {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
    }

    /** Excel refuses sheet names over 31 characters or with []:*?/\. */
    private static String sheetName(String title) {
        String s = title == null || title.isBlank() ? "Sheet1" : title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }

}
