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

    /** Projects up to {@code size} cases that are behind; returns how many it found (0 = caught up). */
    public int next(int size) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT cf.id FROM case_file cf "
                + "LEFT JOIN case_fact f ON f.tenant_id = cf.tenant_id AND f.case_id = cf.id WHERE cf.tenant_id = ? "
                + "AND (f.case_id IS NULL OR f.last_seq < cf.timeline_length) LIMIT ?")) {
            ps.setString(1, tenants.require());
            ps.setInt(2, size);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not find cases behind: " + e.getMessage(), e);
        }
        projection.project(ids);
        return ids.size();
    }

    /** Forgets every fact and sum of the tenant, so catch-up recomputes them all from the record. */
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
