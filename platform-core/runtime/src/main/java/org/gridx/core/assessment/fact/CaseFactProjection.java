package org.gridx.core.assessment.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * Brings the facts of some cases up to their timelines, in the caller's transaction: each case's old
 * contribution is taken out of the daily sums and its new one added, so {@code case_stat_day} always equals
 * the sum of {@code case_fact}. Facts are locked first; a case whose fact is current is left alone, so
 * projecting twice (a redelivered event, catch-up racing the relay) changes nothing.
 */
@ApplicationScoped
public class CaseFactProjection {

    private static final TypeReference<Map<String, Long>> COUNTS = new TypeReference<>() { };

    @Inject
    AgroalDataSource db;
    @Inject
    TenantContext tenants;
    @Inject
    TenantZone zone;
    @Inject
    StatWriter stats;
    @Inject
    ObjectMapper json;

    private record Stored(int lastSeq, CaseKeys keys, Counters counts) {
    }

    private record Loaded(int length, CaseKeys keys, List<FoldEntry> entries) {
    }

    /** Projects the given cases; returns how many facts changed. */
    @Transactional
    public int project(Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return 0;
        }
        String tenant = tenants.require();
        try (Connection c = db.getConnection()) {
            UUID[] ids = caseIds.stream().distinct().sorted().toArray(UUID[]::new);
            claim(c, tenant, ids);
            Map<UUID, Stored> stored = stored(c, tenant, ids);
            Map<UUID, Loaded> loaded = loaded(c, tenant, ids, zone.current());
            Map<StatRowKey, Counters> delta = new TreeMap<>();
            List<Object[]> updates = new ArrayList<>();
            for (UUID id : ids) {
                Loaded now = loaded.get(id);
                Stored before = stored.get(id);
                if (now == null || before == null || before.lastSeq >= now.length) {
                    continue;
                }
                Counters counts = CaseFactFold.of(now.entries);
                before.keys.rows().forEach(r -> delta.merge(r, before.counts.negate(), Counters::plus));
                now.keys.rows().forEach(r -> delta.merge(r, counts, Counters::plus));
                updates.add(new Object[] {now.length, now.keys.day(), now.keys.grid(), now.keys.department(),
                        now.keys.person(), now.keys.item(), write(counts), tenant, id});
            }
            batch(c, "UPDATE case_fact SET last_seq = ?, day = ?, grid_code = ?, department = ?, person = ?, item = ?, "
                    + "counts = ?::jsonb WHERE tenant_id = ? AND case_id = ?", updates);
            stats.add(c, tenant, delta);
            return updates.size();
        } catch (SQLException e) {
            throw new IllegalStateException("could not project case facts: " + e.getMessage(), e);
        }
    }

    /**
     * Makes sure every case has a fact row (a new one counts nothing yet) before locking them: two projections
     * of a new case (the relay and catch-up, two replicas) then queue on the row instead of both inserting it.
     */
    private static void claim(Connection c, String tenant, UUID[] ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_fact (tenant_id, case_id, last_seq, day, grid_code, "
                + "department, person, item, counts) SELECT tenant_id, id, 0, reported_at::date, grid_code, '-', '-', '-', "
                + "'{}' FROM case_file WHERE tenant_id = ? AND id = ANY (?) ORDER BY id ON CONFLICT DO NOTHING")) {
            ps.setString(1, tenant);
            ps.setArray(2, c.createArrayOf("uuid", ids));
            ps.executeUpdate();
        }
    }

    private Map<UUID, Stored> stored(Connection c, String tenant, UUID[] ids) throws SQLException {
        Map<UUID, Stored> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, last_seq, day, grid_code, department, person, "
                + "item, counts::text FROM case_fact WHERE tenant_id = ? AND case_id = ANY (?) ORDER BY case_id FOR UPDATE")) {
            ps.setString(1, tenant);
            ps.setArray(2, c.createArrayOf("uuid", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    m.put(rs.getObject(1, UUID.class), new Stored(rs.getInt(2), new CaseKeys(rs.getObject(3,
                            java.time.LocalDate.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                            Counters.of(read(rs.getString(8)))));
                }
            }
        }
        return m;
    }

    private Map<UUID, Loaded> loaded(Connection c, String tenant, UUID[] ids, ZoneId z) throws SQLException {
        Map<UUID, Loaded> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, timeline_length, reported_at, grid_code, "
                + "coalesce(lead_department, '-'), coalesce(reported_by, '-'), coalesce(item_code, 'service') "
                + "FROM case_file WHERE tenant_id = ? AND id = ANY (?)")) {
            ps.setString(1, tenant);
            ps.setArray(2, c.createArrayOf("uuid", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant reported = rs.getObject(3, java.time.OffsetDateTime.class).toInstant();
                    m.put(rs.getObject(1, UUID.class), new Loaded(rs.getInt(2), new CaseKeys(reported.atZone(z).toLocalDate(),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), new ArrayList<>()));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, seq, at, action, from_state, to_state, "
                + "data->>'due', data->>'rating' FROM case_timeline WHERE tenant_id = ? AND case_id = ANY (?) "
                + "ORDER BY case_id, seq")) {
            ps.setString(1, tenant);
            ps.setArray(2, c.createArrayOf("uuid", ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Loaded l = m.get(rs.getObject(1, UUID.class));
                    String due = rs.getString(7);
                    String rating = rs.getString(8);
                    l.entries.add(new FoldEntry(rs.getInt(2), rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                            rs.getString(4), rs.getString(5), rs.getString(6), due == null || "null".equals(due) ? null
                            : Instant.parse(due), rating == null || "null".equals(rating) ? null : Integer.valueOf(rating)));
                }
            }
        }
        return m;
    }

    private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    ps.setObject(i + 1, row[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private String write(Counters counts) {
        try {
            return json.writeValueAsString(counts.nonZero());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Long> read(String text) {
        try {
            return json.readValue(text, COUNTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case_fact.counts is not a JSON object of numbers: " + text, e);
        }
    }
}
