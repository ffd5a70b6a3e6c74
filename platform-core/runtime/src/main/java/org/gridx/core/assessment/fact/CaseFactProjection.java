package org.gridx.core.assessment.fact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.tenancy.db.TransactionSql;
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
    TransactionSql sql;
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
            claim(tenant, ids);
            Map<UUID, Stored> stored = stored(tenant, ids);
            Map<UUID, Loaded> loaded = loaded(tenant, ids, zone.current());
            Map<StatRowKey, Counters> delta = new TreeMap<>();
            List<Fact> updates = new ArrayList<>();
            for (UUID id : ids) {
                Loaded now = loaded.get(id);
                Stored before = stored.get(id);
                if (now == null || before == null || before.lastSeq >= now.length) {
                    continue;
                }
                Counters counts = CaseFactFold.of(now.entries);
                before.keys.rows().forEach(r -> delta.merge(r, before.counts.negate(), Counters::plus));
                now.keys.rows().forEach(r -> delta.merge(r, counts, Counters::plus));
                updates.add(new Fact(id, now.length, now.keys, write(counts)));
            }
            update(tenant, updates);
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
    private void claim(String tenant, UUID[] ids) {
        sql.update("INSERT INTO case_fact (tenant_id, case_id, last_seq, day, grid_code, department, person, item, counts) "
                + "SELECT tenant_id, id, 0, reported_at::date, grid_code, '-', '-', '-', '{}' FROM case_file "
                + "WHERE tenant_id = ? AND id = ANY (?) ORDER BY id ON CONFLICT DO NOTHING", tenant, ids);
    }

    private Map<UUID, Stored> stored(String tenant, UUID[] ids) {
        Map<UUID, Stored> m = new HashMap<>();
        sql.rows("SELECT case_id, last_seq, day, grid_code, department, person, item, counts::text FROM case_fact "
                + "WHERE tenant_id = ? AND case_id = ANY (?) ORDER BY case_id FOR UPDATE",
                rs -> m.put(rs.getObject(1, UUID.class), new Stored(rs.getInt(2), new CaseKeys(rs.getObject(3, LocalDate.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), Counters.of(read(rs.getString(8))))),
                tenant, ids);
        return m;
    }

    private Map<UUID, Loaded> loaded(String tenant, UUID[] ids, ZoneId z) {
        Map<UUID, Loaded> m = new HashMap<>();
        sql.rows("SELECT id, timeline_length, reported_at, grid_code, coalesce(lead_department, '-'), "
                + "coalesce(reported_by, '-'), coalesce(item_code, 'service') FROM case_file WHERE tenant_id = ? AND id = ANY (?)",
                rs -> m.put(rs.getObject(1, UUID.class), new Loaded(rs.getInt(2), new CaseKeys(rs.getObject(3,
                        OffsetDateTime.class).toInstant().atZone(z).toLocalDate(), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)), new ArrayList<>())), tenant, ids);
        sql.rows("SELECT case_id, seq, at, action, from_state, to_state, data->>'due', (data->>'rating')::int "
                + "FROM case_timeline WHERE tenant_id = ? AND case_id = ANY (?) ORDER BY case_id, seq",
                rs -> m.get(rs.getObject(1, UUID.class)).entries.add(new FoldEntry(rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4), rs.getString(5), rs.getString(6),
                        due(rs.getString(7)), rs.getObject(8, Integer.class))),
                tenant, ids);
        return m;
    }

    /** A limit on record; an overdue or reminder entry of a step without one says "null". */
    private static Instant due(String text) {
        return text == null || "null".equals(text) ? null : Instant.parse(text);
    }

    /** A fact as it is now: the case's timeline length, keys and counts. */
    private record Fact(UUID caseId, int lastSeq, CaseKeys keys, String counts) {
    }

    /**
     * All of a projection's facts in one statement: the relay projects a batch of events at a time, and as a
     * statement per case (even sent as one JDBC batch) each paid the server's executor start and bind.
     */
    private void update(String tenant, List<Fact> facts) {
        if (facts.isEmpty()) {
            return;
        }
        int n = facts.size();
        String[][] text = new String[7][n];
        UUID[] ids = new UUID[n];
        for (int r = 0; r < n; r++) {
            Fact f = facts.get(r);
            ids[r] = f.caseId();
            String[] row = {Integer.toString(f.lastSeq()), f.keys().day().toString(), f.keys().grid(), f.keys().department(),
                f.keys().person(), f.keys().item(), f.counts()};
            for (int k = 0; k < row.length; k++) {
                text[k][r] = row[k];
            }
        }
        sql.update("""
                UPDATE case_fact f SET last_seq = CAST(u.last_seq AS integer), day = CAST(u.day AS date), grid_code = u.grid,
                       department = u.department, person = u.person, item = u.item, counts = CAST(u.counts AS jsonb)
                  FROM unnest(?, ?, ?, ?, ?, ?, ?, ?) AS u (last_seq, day, grid, department, person, item, counts, case_id)
                 WHERE f.tenant_id = ? AND f.case_id = u.case_id""",
                text[0], text[1], text[2], text[3], text[4], text[5], text[6], ids, tenant);
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
