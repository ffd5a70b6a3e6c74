package org.gridx.modules.selfgovernance.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** Someone the organiser asked to come; invitees still register for a seat like everyone else. */
@Entity
@Table(name = "self_governance_invitation")
public class Invitation extends TenantOwnedEntity {

    @Column(name = "meeting_id")
    public UUID meetingId;
    public String invitee;
    @Column(name = "invited_at")
    public Instant invitedAt = Instant.now();
}
