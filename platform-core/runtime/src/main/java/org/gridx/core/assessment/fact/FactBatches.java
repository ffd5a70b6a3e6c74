package org.gridx.core.assessment.fact;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;

/** Catch-up's units of work, each its own transaction: what is behind, one batch of it, a fresh start. */
@ApplicationScoped
@Transactional
public class FactBatches {

    @Inject
    AgroalDataSource db;
    @Inject
    TenantContext tenants;
    @Inject
    CaseFactProjection projection;

    public FactStatus status(boolean running) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT count(*), "
                + "count(f.case_id) FILTER (WHERE f.last_seq >= cf.timeline_length) FROM case_file cf LEFT JOIN case_fact f "
                + "ON f.tenant_id = cf.tenant_id AND f.case_id = cf.id WHERE cf.tenant_id = ?")) {
            ps.setString(1, tenants.require());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new FactStatus(rs.getLong(1), rs.getLong(2), running);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count case facts: " + e.getMessage(), e);
        }
    }

    /**
     * One page of the walk through the tenant's cases in id order (the primary key, so each page is an index
     * range, not a scan of the whole record): projects those of the next {@code size} cases after
     * {@code after} whose fact is missing or behind, in a transaction of its own, so a long catch-up commits
     * as it goes. Returns the page's last case id, or null when there are no cases after {@code after}.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID next(UUID after, int size) {
        List<UUID> behind = new ArrayList<>();
        UUID last = null;
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT cf.id, f.case_id IS NULL "
                + "OR f.last_seq < cf.timeline_length FROM case_file cf LEFT JOIN case_fact f ON f.tenant_id = cf.tenant_id "
                + "AND f.case_id = cf.id WHERE cf.tenant_id = ? AND cf.id > ? ORDER BY cf.id LIMIT ?")) {
            ps.setString(1, tenants.require());
            ps.setObject(2, after == null ? new UUID(0, 0) : after);
            ps.setInt(3, size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    last = rs.getObject(1, UUID.class);
                    if (rs.getBoolean(2)) {
                        behind.add(last);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not find cases behind: " + e.getMessage(), e);
        }
        projection.project(behind);
        return last;
    }

    /** Forgets every fact and sum of the tenant, so catch-up recomputes them all from the record. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void forget() {
        String tenant = tenants.require();
        try (Connection c = db.getConnection()) {
            for (String table : List.of("case_stat_day", "case_fact")) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE tenant_id = ?")) {
                    ps.setString(1, tenant);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear case facts: " + e.getMessage(), e);
        }
    }
}
