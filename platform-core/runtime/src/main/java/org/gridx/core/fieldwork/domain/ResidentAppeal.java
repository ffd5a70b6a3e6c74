package org.gridx.core.fieldwork.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * 诉求: what a resident asked for, collected by a grid worker. {@code to-case} hands it to the closed loop
 * with {@link #casePayload}; the loop fills {@link #caseRef} when it registers the case.
 */
@Entity
@Table(name = "resident_appeal")
public class ResidentAppeal extends TenantOwnedEntity {

    @Column(name = "node_id")
    public UUID nodeId;
    @Column(name = "recorded_by")
    public UUID recordedBy;
    @Column(name = "raised_by")
    public String raisedBy;
    @Column(name = "household_id")
    public UUID householdId;
    public String address;
    public String category;
    public String text;
    public String status = AppealStatus.OPEN;
    @Column(name = "resolution_note")
    public String resolutionNote;
    @Column(name = "raised_at")
    public Instant raisedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "handed_off_at")
    public Instant handedOffAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "case_payload", columnDefinition = "jsonb")
    public String casePayload;
    @Column(name = "case_ref")
    public String caseRef;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
}
