package org.gridx.core.assessment.fact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.tenancy.db.TransactionSql;

/** Catch-up's units of work, each its own transaction: what is behind, one batch of it, a fresh start. */
@ApplicationScoped
@Transactional
public class FactBatches {

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;
    @Inject
    CaseFactProjection projection;

    public FactStatus status(boolean running) {
        return sql.rows("SELECT count(*), count(f.case_id) FILTER (WHERE f.last_seq >= cf.timeline_length) FROM case_file cf "
                + "LEFT JOIN case_fact f ON f.tenant_id = cf.tenant_id AND f.case_id = cf.id WHERE cf.tenant_id = ?",
                rs -> new FactStatus(rs.getLong(1), rs.getLong(2), running), tenants.require()).get(0);
    }

    /**
     * One page of the walk through the tenant's cases in id order (the primary key, so each page is an index
     * range, not a scan of the whole record): projects those of the next {@code size} cases after
     * {@code after} whose fact is missing or behind, in a transaction of its own, so a long catch-up commits
     * as it goes. Returns the page's last case id, or null when there are no cases after {@code after}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID next(UUID after, int size) {
        record Page(UUID id, boolean behind) {
        }
        List<Page> page = sql.rows("SELECT cf.id, f.case_id IS NULL OR f.last_seq < cf.timeline_length FROM case_file cf "
                + "LEFT JOIN case_fact f ON f.tenant_id = cf.tenant_id AND f.case_id = cf.id WHERE cf.tenant_id = ? "
                + "AND cf.id > ? ORDER BY cf.id LIMIT ?", rs -> new Page(rs.getObject(1, UUID.class), rs.getBoolean(2)),
                tenants.require(), after == null ? new UUID(0, 0) : after, size);
        List<UUID> behind = page.stream().filter(Page::behind).map(Page::id).toList();
        projection.project(behind);
        return page.isEmpty() ? null : page.get(page.size() - 1).id();
    }

    /** Forgets every fact and sum of the tenant, so catch-up recomputes them all from the record. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget() {
        String tenant = tenants.require();
        sql.update("DELETE FROM case_stat_day WHERE tenant_id = ?", tenant);
        sql.update("DELETE FROM case_fact WHERE tenant_id = ?", tenant);
    }
}
