package org.gridx.core.assessment.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Household visits (入户走访), appeals collected (诉求, by when raised) and appeals resolved (by when resolved)
 * in a period: plain COUNTs on the period indexes of core/073, under a grid-code prefix when given.
 */
@ApplicationScoped
@Transactional
public class FieldCounts {

    private static final String UNDER = " AND node_id IN (SELECT id FROM grid_node WHERE left(code, length(?3)) = ?3)";

    @Inject
    EntityManager em;

    public long visits(OffsetDateTime start, OffsetDateTime end, Optional<String> node) {
        return count("SELECT count(*) FROM field_visit WHERE visited_at >= ?1 AND visited_at < ?2", start, end, node);
    }

    public long appealsCollected(OffsetDateTime start, OffsetDateTime end, Optional<String> node) {
        return count("SELECT count(*) FROM resident_appeal WHERE raised_at >= ?1 AND raised_at < ?2", start, end, node);
    }

    public long appealsResolved(OffsetDateTime start, OffsetDateTime end, Optional<String> node) {
        return count("SELECT count(*) FROM resident_appeal WHERE status = 'resolved' AND resolved_at >= ?1 AND resolved_at < ?2",
                start, end, node);
    }

    private long count(String sql, OffsetDateTime start, OffsetDateTime end, Optional<String> node) {
        var q = em.createNativeQuery(node.isPresent() ? sql + UNDER : sql).setParameter(1, start).setParameter(2, end);
        node.ifPresent(n -> q.setParameter(3, n));
        return ((Number) q.getSingleResult()).longValue();
    }
}
