package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.core.tenancy.db.SqlWrite;
import org.gridx.core.tenancy.db.TransactionSql;
import org.hibernate.id.uuid.UuidVersion7Strategy;

/**
 * A new case, its first timeline entry and its reporter as a party, written by one statement together with
 * whatever else the report writes (its first timers, its event): see {@link SqlWrite}; the foreign keys to the
 * case are checked when the statement ends. Persisting the three entities through Hibernate — opening the
 * session, persist, then the flush at commit — was a quarter of the JVM's CPU per report and three round trips
 * (JFR under bench/case-intake.sh). The objects get the ids and tenant written (time-ordered ids, like
 * Hibernate's) and serve the answer and the event; they are not managed, and nothing later in an intake changes
 * them. Row-level security checks the tenant as for any write.
 */
@ApplicationScoped
public class NewCaseRows {

    static final String CASE = """
            INSERT INTO case_file (tenant_id, id, number, kind, source, state, list_version_id, item_code,
                duty_item_id, title, description, grid_node_id, grid_code, lon, lat, address, priority, reported_by,
                reporter_name, reporter_contact, reported_at, escalation_level, step_started_at, due_at, overdue,
                duplicate_of, timeline_length, timeline_head, idempotency_key, request_hash)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    static final String FIRST_ENTRY = """
            INSERT INTO case_timeline (tenant_id, id, case_id, seq, at, from_state, action, to_state, actor,
                actor_role, note, data, prev_hash, hash)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""";
    static final String REPORTER = "INSERT INTO case_party (tenant_id, id, case_id, party, kind, added_at) VALUES (?, ?, ?, ?, ?, ?)";

    @Inject
    TransactionSql sql;

    /** Gives {@code c} (not yet written) and {@code first} their ids and tenant, before anything refers to them. */
    public void identify(CaseFile c, TimelineEntry first, String tenant) {
        if (c.id != null || !c.coDepartments.isEmpty() || c.leadDepartment != null || c.assignee != null) {
            throw new IllegalStateException("a new case is written once, before dispatch"); // the rest are defaults
        }
        c.tenantId = tenant;
        c.id = id();
        first.tenantId = tenant;
        first.id = id();
        first.caseId = c.id;
    }

    /** Writes {@code c} (identified, all its intake fields set) with {@code first}, {@code reporter} and {@code alongside}. */
    public void write(CaseFile c, TimelineEntry first, String reporter, List<SqlWrite> alongside) {
        String tenant = c.tenantId;
        Instant at = first.at;
        List<SqlWrite> writes = new ArrayList<>(3 + alongside.size());
        writes.add(new SqlWrite(CASE, Arrays.asList(tenant, c.id, c.number, c.kind, c.source, c.state, c.listVersionId,
                c.itemCode, c.dutyItemId, c.title, c.description, c.gridNodeId, c.gridCode, c.lon, c.lat, c.address,
                c.priority, c.reportedBy, c.reporterName, c.reporterContact, ts(c.reportedAt), c.escalationLevel,
                ts(c.stepStartedAt), ts(c.dueAt), c.overdue, c.duplicateOf, c.timelineLength, c.timelineHead,
                c.idempotencyKey, c.requestHash)));
        writes.add(new SqlWrite(FIRST_ENTRY, Arrays.asList(tenant, first.id, c.id, first.seq, ts(at), first.fromState,
                first.action, first.toState, first.actor, first.actorRole, first.note, TimelineHash.canonical(first.data),
                first.prevHash, first.hash)));
        writes.add(new SqlWrite(REPORTER, Arrays.asList(tenant, id(), c.id, reporter, "reporter", ts(at))));
        writes.addAll(alongside);
        sql.write(writes);
    }

    private static java.util.UUID id() {
        return UuidVersion7Strategy.INSTANCE.generateUuid(null);
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
