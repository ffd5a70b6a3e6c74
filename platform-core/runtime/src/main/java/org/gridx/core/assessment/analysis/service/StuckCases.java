package org.gridx.core.assessment.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * The open cases waiting longest with each department now (dispatched, not yet signed for; or signed for,
 * not yet handled): one statement, per department a LATERAL read of the first {@code n} rows of the partial
 * index case_file_waiting (core/074) on (tenant, lead_department, step_started_at) over those two states —
 * rows read = departments × n, whatever the number of cases.
 */
@ApplicationScoped
@Transactional
public class StuckCases {

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;
    @Inject
    Today today;

    public List<StuckCase> longestWaiting(String department, int perDepartment) {
        Instant now = today.now();
        List<Object> params = new ArrayList<>(List.of(perDepartment, tenants.require()));
        String only = "";
        if (department != null) {
            only = " AND d.code = ?";
            params.add(department);
        }
        return sql.rows("SELECT d.code, w.id, w.number, w.title, w.state, w.grid_code, w.step_started_at, w.due_at, w.overdue "
                + "FROM department d CROSS JOIN LATERAL (SELECT c.id, c.number, c.title, c.state, c.grid_code, "
                + "c.step_started_at, c.due_at, c.overdue FROM case_file c WHERE c.tenant_id = d.tenant_id "
                + "AND c.lead_department = d.code AND c.state IN ('dispatched', 'accepted') "
                + "ORDER BY c.step_started_at LIMIT ?) w WHERE d.tenant_id = ?" + only
                + " ORDER BY d.code, w.step_started_at", rs -> {
                    Instant since = rs.getTimestamp(7).toInstant();
                    java.sql.Timestamp due = rs.getTimestamp(8);
                    return new StuckCase(rs.getString(1), null, rs.getObject(2).toString(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), since, Math.round(Duration.between(since, now).toMinutes() / 6.0) / 10.0,
                            due == null ? null : due.toInstant(), rs.getBoolean(9));
                }, params.toArray());
    }
}
