package org.gridx.core.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 案卷: one case of the closed loop. Fields hold where it stands now (for queues and boards); how it got
 * here is in its timeline. Only {@code CaseFlow} changes a case, and always with a timeline entry.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends TenantOwnedEntity {

    public String number;
    public String kind;
    public String source;
    public String state;
    @Column(name = "list_version_id")
    public UUID listVersionId;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "duty_item_id")
    public UUID dutyItemId;
    public String title;
    public String description;
    @Column(name = "grid_node_id")
    public UUID gridNodeId;
    @Column(name = "grid_code")
    public String gridCode;
    public Double lon;
    public Double lat;
    public String address;
    public String priority;
    @Column(name = "reported_by")
    public String reportedBy;
    @Column(name = "reporter_name")
    public String reporterName;
    @Column(name = "reporter_contact")
    public String reporterContact;
    @Column(name = "reported_at")
    public Instant reportedAt;
    @Column(name = "lead_department")
    public String leadDepartment;
    @Column(name = "co_departments", columnDefinition = "text[]")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> coDepartments = new ArrayList<>();
    public String assignee;
    @Column(name = "escalation_level")
    public String escalationLevel = "grid";
    @Column(name = "escalation_handler")
    public String escalationHandler;
    @Column(name = "step_started_at")
    public Instant stepStartedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    public boolean overdue;
    @Column(name = "postponement_asked")
    public String postponementAsked;
    public short postponements;
    public short reworks;
    public short returns;
    @Column(name = "duplicate_of")
    public UUID duplicateOf;
    @Column(name = "merged_into")
    public UUID mergedInto;
    public Short rating;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "timeline_length")
    public int timelineLength;
    @Column(name = "timeline_head")
    public String timelineHead;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_hash")
    public String requestHash;
    @Version
    @Column(name = "row_version")
    public int rowVersion;

    public CaseState currentState() {
        return CaseState.of(state).orElseThrow();
    }

    public boolean isProblem() {
        return "problem".equals(kind);
    }

    /**
     * The case locked for a move (SELECT … FOR UPDATE): whoever moves it at the same moment waits here and
     * then sees the case as the first mover left it, instead of both appending the same timeline entry.
     */
    public static CaseFile forUpdate(java.util.UUID id) {
        return findById(id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The case locked for a timer, without waiting (FOR UPDATE NOWAIT). The sweep already holds the timer row,
     * and a move holding the case waits for that row when it re-arms its timers; waiting here as well would
     * close the circle (a deadlock that aborts one side — possibly the person's move). The timer yields
     * instead: its transaction fails, the lock on the timer row goes, the move finishes, the timer is retried.
     */
    public static CaseFile forTimer(java.util.UUID id) {
        return CaseFile.<CaseFile>find("id", id).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", 0).firstResult();
    }
}
