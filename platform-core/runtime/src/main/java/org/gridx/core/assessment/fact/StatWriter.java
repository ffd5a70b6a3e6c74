package org.gridx.core.assessment.fact;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Adds contributions to the daily sums: one upsert per chunk of rows, in {@link StatRowKey} order. */
@ApplicationScoped
public class StatWriter {

    private static final int CHUNK = 400;
    private static final List<StatCounter> COUNTERS = Arrays.asList(StatCounter.values());
    private static final String COLUMNS = COUNTERS.stream().map(StatCounter::column).collect(Collectors.joining(", "));
    private static final String ROW = "(?, ?, ?, ?, " + COUNTERS.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")";
    private static final String ON_CONFLICT = " ON CONFLICT (tenant_id, dim, key, day) DO UPDATE SET "
            + COUNTERS.stream().map(x -> x.column() + " = case_stat_day." + x.column() + " + EXCLUDED." + x.column())
            .collect(Collectors.joining(", "));

    void add(Connection c, String tenant, Map<StatRowKey, Counters> delta) throws SQLException {
        List<Map.Entry<StatRowKey, Counters>> rows = new ArrayList<>(delta.entrySet().stream()
                .filter(e -> !e.getValue().isZero()).sorted(Map.Entry.comparingByKey()).toList());
        for (int from = 0; from < rows.size(); from += CHUNK) {
            List<Map.Entry<StatRowKey, Counters>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
            String sql = "INSERT INTO case_stat_day (tenant_id, dim, key, day, " + COLUMNS + ") VALUES "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), ROW)) + ON_CONFLICT;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                for (Map.Entry<StatRowKey, Counters> e : chunk) {
                    ps.setString(i++, tenant);
                    ps.setString(i++, e.getKey().dim().code());
                    ps.setString(i++, e.getKey().key());
                    ps.setObject(i++, e.getKey().day());
                    for (long v : e.getValue().raw()) {
                        ps.setLong(i++, v);
                    }
                }
                ps.executeUpdate();
            }
        }
    }
}
