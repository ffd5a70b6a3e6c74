package org.gridx.core.assessment.fact;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Adds contributions to the daily sums: one upsert of all rows, in {@link StatRowKey} order, each column sent as
 * one array. The statement's text is the same for any number of rows, so the server prepares and plans it once
 * per connection; as multi-row VALUES its text changed with the row count and was parsed and planned every time.
 */
@ApplicationScoped
public class StatWriter {

    private static final List<StatCounter> COUNTERS = Arrays.asList(StatCounter.values());
    private static final String COLUMNS = COUNTERS.stream().map(StatCounter::column).collect(Collectors.joining(", "));
    private static final String UPSERT = "INSERT INTO case_stat_day (tenant_id, dim, key, day, " + COLUMNS + ") "
            + "SELECT ?, u.dim, u.key, CAST(u.day AS date), " + COUNTERS.stream().map(x -> "u." + x.column())
            .collect(Collectors.joining(", "))
            + " FROM unnest(?, ?, ?, " + COUNTERS.stream().map(x -> "?").collect(Collectors.joining(", "))
            + ") AS u (dim, key, day, " + COLUMNS + ")"
            + " ON CONFLICT (tenant_id, dim, key, day) DO UPDATE SET "
            + COUNTERS.stream().map(x -> x.column() + " = case_stat_day." + x.column() + " + EXCLUDED." + x.column())
            .collect(Collectors.joining(", "));

    void add(Connection c, String tenant, Map<StatRowKey, Counters> delta) throws SQLException {
        List<Map.Entry<StatRowKey, Counters>> rows = delta.entrySet().stream().filter(e -> !e.getValue().isZero())
                .sorted(Map.Entry.comparingByKey()).toList(); // one order, so two projections lock rows alike
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        String[][] keys = new String[3][n];
        Long[][] counts = new Long[COUNTERS.size()][n];
        for (int r = 0; r < n; r++) {
            StatRowKey k = rows.get(r).getKey();
            keys[0][r] = k.dim().code();
            keys[1][r] = k.key();
            keys[2][r] = k.day().toString();
            long[] raw = rows.get(r).getValue().raw();
            for (int j = 0; j < raw.length; j++) {
                counts[j][r] = raw[j];
            }
        }
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
            ps.setString(1, tenant);
            for (int j = 0; j < keys.length; j++) {
                ps.setArray(2 + j, c.createArrayOf("text", keys[j]));
            }
            for (int j = 0; j < counts.length; j++) {
                ps.setArray(5 + j, c.createArrayOf("int8", counts[j]));
            }
            ps.executeUpdate();
        }
    }
}
