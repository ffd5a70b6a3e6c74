package org.gridx.core.elements.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.gridx.api.problem.ProblemException;

/**
 * Reads CSV (UTF-8 with or without BOM, or GB18030 as saved by Chinese Excel) and the first sheet of an
 * XLSX workbook into a {@link Table}; stops with a 422 past the row limit instead of filling the memory.
 */
public final class TableReader {

    private TableReader() {
    }

    public static Table read(String format, byte[] content, int maxRows) {
        List<List<String>> all = FileFormat.XLSX.equals(format) ? xlsx(content, maxRows) : csv(content, maxRows);
        if (all.isEmpty()) {
            throw ProblemException.badRequest("The file has no header row: the first row must name the columns.");
        }
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 1; i < all.size(); i++) {
            if (all.get(i).stream().anyMatch(c -> c != null && !c.isBlank())) {
                rows.add(new Table.Row(i + 1, all.get(i)));
            }
        }
        return new Table(all.get(0).stream().map(h -> h == null ? "" : h.trim()).toList(), rows);
    }

    private static List<List<String>> csv(byte[] content, int maxRows) {
        try {
            List<List<String>> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get().parse(new StringReader(text(content)))) {
                limit(out.size(), maxRows);
                out.add(r.toList());
            }
            return out;
        } catch (IOException | java.io.UncheckedIOException e) {
            throw ProblemException.badRequest("The CSV file could not be read: " + e.getMessage());
        }
    }

    private static String text(byte[] b) {
        int skip = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buf = ByteBuffer.wrap(b, skip, b.length - skip);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(buf).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(b, Charset.forName("GB18030"));
        }
    }

    private static List<List<String>> xlsx(byte[] content, int maxRows) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<org.dhatim.fastexcel.reader.Row> rows = wb.getFirstSheet().openStream()) {
            List<List<String>> out = new ArrayList<>();
            rows.forEach(r -> {
                limit(out.size(), maxRows);
                while (out.size() < r.getRowNum() - 1) {
                    out.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                    cells.add(r.getCellText(i));
                }
                out.add(cells);
            });
            return out;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.badRequest("The XLSX workbook could not be read (" + e.getMessage()
                    + "): save it again from Excel or WPS as .xlsx.");
        }
    }

    private static void limit(int rows, int maxRows) {
        if (rows > maxRows) {
            throw ProblemException.invalid("The file has more than " + maxRows + " data rows; split it into several files.", List.of());
        }
    }

}
