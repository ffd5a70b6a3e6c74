package org.gridx.modules.selfgovernance.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/**
 * 决议. When it needs doing by the departments it enters the closed loop as a case; the case_* fields are
 * the case's last known state, refreshed from {@code CaseOpening.status} whenever the case moves.
 */
@Entity
@Table(name = "self_governance_resolution")
public class Resolution extends TenantOwnedEntity {

    @Column(name = "meeting_id")
    public UUID meetingId;
    public String text;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "grid_code")
    public String gridCode;
    @Column(name = "case_id")
    public UUID caseId;
    @Column(name = "case_number")
    public String caseNumber;
    @Column(name = "case_state")
    public String caseState;
    @Column(name = "case_state_zh")
    public String caseStateZh;
    @Column(name = "case_state_en")
    public String caseStateEn;
    @Column(name = "case_closed_at")
    public Instant caseClosedAt;
    @Column(name = "case_seen_at")
    public Instant caseSeenAt;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /** The key that makes opening this resolution's case idempotent, whoever clicks and however often. */
    public String caseKey() {
        return "self-governance:resolution:" + id;
    }
}
