package org.gridx.core.timer.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The sweep's SQL, always inside the transaction of one firing. Native SQL on purpose: the lock clause
 * (FOR UPDATE SKIP LOCKED) is the whole point, and row-level security keeps it to the tenant set for the
 * unit of work; the explicit tenant_id condition is the same filter Hibernate would add.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class TimerRows {

    /** A due timer locked by the current transaction, and how often firing it was tried before. */
    record Claimed(DueTimer timer, int attempts) {
    }

    @Inject
    EntityManager em;

    /** The tenant's next due timer, locked; rows another replica has locked are skipped, not waited for. */
    Optional<Claimed> claimNext(String tenant, Instant now) {
        List<?> rows = em.createNativeQuery("""
                SELECT id, kind, subject_id, due_at, CAST(payload AS text), attempts FROM timer
                 WHERE tenant_id = :tenant AND fired_at IS NULL AND due_at <= :now
                   AND (next_try_at IS NULL OR next_try_at <= :now)
                 ORDER BY due_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .setParameter("tenant", tenant).setParameter("now", now).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        DueTimer timer = new DueTimer((UUID) r[0], tenant, (String) r[1], (UUID) r[2], TimerPayloads.instant(r[3]),
                TimerPayloads.read(r[4]));
        return Optional.of(new Claimed(timer, ((Number) r[5]).intValue()));
    }

    void markFired(String tenant, UUID id, Instant now) {
        em.createNativeQuery("UPDATE timer SET fired_at = :now, attempts = attempts + 1, next_try_at = NULL"
                + " WHERE tenant_id = :tenant AND id = :id AND fired_at IS NULL")
                .setParameter("now", now).setParameter("tenant", tenant).setParameter("id", id).executeUpdate();
    }

    /** Deletes up to {@code limit} of the tenant's timers that fired before {@code before}; returns how many. */
    int pruneFired(String tenant, Instant before, int limit) {
        return em.createNativeQuery("DELETE FROM timer WHERE tenant_id = :tenant AND id IN (SELECT id FROM timer"
                + " WHERE tenant_id = :tenant AND fired_at < :before LIMIT :limit)")
                .setParameter("tenant", tenant).setParameter("before", before).setParameter("limit", limit)
                .executeUpdate();
    }

    /** Counts a failed attempt; does nothing when the timer fired meanwhile (another replica's retry won). */
    void recordFailure(String tenant, Claimed claimed, String error, Instant nextTry) {
        em.createNativeQuery("UPDATE timer SET attempts = :attempts, last_error = :error, next_try_at = :next"
                + " WHERE tenant_id = :tenant AND id = :id AND fired_at IS NULL")
                .setParameter("attempts", claimed.attempts() + 1).setParameter("error", error)
                .setParameter("next", nextTry).setParameter("tenant", tenant).setParameter("id", claimed.timer().id())
                .executeUpdate();
    }
}
