package org.gridx.core.timer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.db.SqlWrite;
import org.gridx.core.tenancy.db.TransactionSql;
import org.hibernate.id.uuid.UuidVersion7Strategy;
import org.hibernate.query.NativeQuery;

/**
 * {@link Timers} as rows of the {@code timer} table, written in the caller's transaction. Replacing is
 * one upsert on the partial unique index of pending timers, so two transactions scheduling the same kind
 * for the same subject at once end with one pending timer, not a duplicate-key error.
 */
@ApplicationScoped
@Transactional
public class DbTimers implements Timers {

    static final Pattern KIND = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    @Inject
    EntityManager em;
    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;
    @Inject
    GridxClock clock;

    @Override
    public void schedule(String kind, UUID subjectId, Instant dueAt, Map<String, String> payload) {
        schedule(subjectId, Collections.singletonMap(kind, dueAt), payload); // checked there, nulls included
    }

    @Override
    public void schedule(UUID subjectId, Map<String, Instant> dueByKind, Map<String, String> payload) {
        scheduling(subjectId, dueByKind, payload).ifPresent(w -> sql.write(List.of(w)));
    }

    @Override
    public Optional<SqlWrite> scheduling(UUID subjectId, Map<String, Instant> dueByKind, Map<String, String> payload) {
        Objects.requireNonNull(subjectId, "a timer needs a subject");
        if (dueByKind.isEmpty()) {
            return Optional.empty();
        }
        dueByKind.keySet().forEach(DbTimers::requireKind);
        String tenant = tenants.require();
        String json = TimerPayloads.write(payload);
        Timestamp now = Timestamp.from(clock.now());
        List<Object> params = new ArrayList<>();
        StringJoiner values = new StringJoiner(", ");
        new TreeMap<>(dueByKind).forEach((kind, dueAt) -> { // one order, so two schedulers lock rows alike
            Objects.requireNonNull(dueAt, "a timer needs a due time");
            values.add("(?, ?, ?, ?, ?, CAST(? AS jsonb), ?)");
            params.addAll(List.of(tenant, UuidVersion7Strategy.INSTANCE.generateUuid(null), kind, subjectId,
                    Timestamp.from(dueAt), json, now));
        });
        return Optional.of(new SqlWrite("INSERT INTO timer (tenant_id, id, kind, subject_id, due_at, payload, created_at) VALUES "
                + values + """
                 ON CONFLICT (tenant_id, kind, subject_id) WHERE fired_at IS NULL DO UPDATE
                SET due_at = EXCLUDED.due_at, payload = EXCLUDED.payload, created_at = EXCLUDED.created_at,
                    attempts = 0, last_error = NULL, next_try_at = NULL""", params));
    }

    @Override
    public void cancel(UUID subjectId, String kind) {
        requireKind(kind);
        sql.update("DELETE FROM timer WHERE tenant_id = ? AND subject_id = ? AND kind = ? AND fired_at IS NULL",
                tenants.require(), subjectId, kind);
    }

    @Override
    public void cancelAll(UUID subjectId) {
        sql.update("DELETE FROM timer WHERE tenant_id = ? AND subject_id = ? AND fired_at IS NULL", tenants.require(), subjectId);
    }

    /** The subject's pending timers, soonest first. */
    public List<PendingTimer> pending(UUID subjectId) {
        List<?> rows = timerQuery("""
                SELECT id, kind, subject_id, due_at, CAST(payload AS text), attempts, last_error, next_try_at FROM timer
                 WHERE tenant_id = :tenant AND subject_id = :subject AND fired_at IS NULL ORDER BY due_at, kind""")
                .setParameter("tenant", tenants.require()).setParameter("subject", subjectId).getResultList();
        return rows.stream().map(o -> (Object[]) o).map(r -> new PendingTimer((UUID) r[0], (String) r[1], (UUID) r[2],
                TimerPayloads.instant(r[3]), TimerPayloads.read(r[4]), ((Number) r[5]).intValue(), (String) r[6],
                TimerPayloads.instant(r[7]))).toList();
    }

    /**
     * Native SQL on the timer table only: declaring that keeps Hibernate from flushing the caller's pending
     * entity changes first (a case being moved would otherwise be written once per timer call).
     */
    private jakarta.persistence.Query timerQuery(String sql) {
        return em.createNativeQuery(sql).unwrap(NativeQuery.class).addSynchronizedQuerySpace("timer");
    }

    private static void requireKind(String kind) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("a timer kind is lower-case letters, digits, '.', '_' or '-', "
                    + "starting with a letter, at most 64 long (e.g. case.deadline), not " + kind);
        }
    }
}
