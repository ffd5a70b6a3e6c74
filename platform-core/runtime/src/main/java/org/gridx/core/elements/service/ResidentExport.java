package org.gridx.core.elements.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.elements.domain.Resident;

/**
 * Exports the residents a search finds, in the import's columns (so an export is also a template). Numbers
 * are masked unless the caller may reveal and asks to with a reason: then one audit record covers the file.
 */
@RequestScoped
public class ResidentExport {

    public static final int MAX_ROWS = 100_000;

    @Inject
    ResidentSearch search;
    @Inject
    ElementScope scope;
    @Inject
    PersonalData personal;
    @Inject
    Reveals reveals;

    @Transactional
    public byte[] export(ResidentQuery q, String format, boolean reveal, String reason) {
        if (reveal && !scope.mayReveal()) {
            throw ProblemException.forbidden("Your role may export masked numbers only; export without reveal.");
        }
        if (reveal && (reason == null || reason.trim().length() < 2)) {
            throw ProblemException.invalid("A reason is required", List.of(new Problem.FieldProblem("reason",
                    "say why the export needs full numbers (2-200 characters); it is recorded")));
        }
        List<ResidentView> rows = search.search(new ResidentQuery(q.name(), q.idCard(), q.phone(), q.gridCode(), q.tag(),
                MAX_ROWS, 0)).items();
        if (reveal) {
            rows = clear(rows);
            reveals.record(null, "export", reason.trim(), rows.size() + " residents, " + format);
        }
        List<List<String>> table = new ArrayList<>();
        table.add(Arrays.stream(ResidentColumns.values()).map(c -> c.zh).toList());
        for (ResidentView r : rows) {
            table.add(Arrays.asList(r.name(), "male".equals(r.gender()) ? "男" : "女", r.birthYear() == null ? "" : r.birthYear().toString(),
                    r.idCard(), r.phone(), r.gridCode(), r.householdCode(), "", String.join("、", r.tags())));
        }
        return FileFormat.XLSX.equals(format) ? xlsx(table) : csv(table);
    }

    private List<ResidentView> clear(List<ResidentView> rows) {
        Map<UUID, Resident> byId = new HashMap<>();
        List<UUID> ids = rows.stream().map(ResidentView::id).toList();
        for (int i = 0; i < ids.size(); i += 1000) {
            Resident.<Resident>list("id in ?1", ids.subList(i, Math.min(ids.size(), i + 1000))).forEach(r -> byId.put(r.id, r));
        }
        return rows.stream().map(v -> {
            Resident r = byId.get(v.id());
            return new ResidentView(v.id(), v.name(), v.gender(), v.birthYear(),
                    r.idCardEnc == null ? null : personal.open(r, PersonalData.ID_CARD),
                    r.phoneEnc == null ? null : personal.open(r, PersonalData.PHONE), v.gridCode(), v.householdCode(), v.tags());
        }).toList();
    }

    private static byte[] csv(List<List<String>> table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel then opens UTF-8 correctly
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            for (List<String> row : table) {
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] xlsx(List<List<String>> table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "GridX", "1.0");
            Worksheet ws = wb.newWorksheet("居民");
            for (int r = 0; r < table.size(); r++) {
                List<String> row = table.get(r);
                for (int c = 0; c < row.size(); c++) {
                    ws.value(r, c, row.get(c) == null ? "" : row.get(c));
                }
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
