package org.gridx.modules.selfgovernance.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A seat asked for: 'registered' (has a seat), 'waiting' (in line for one) or 'cancelled'. */
@Entity
@Table(name = "self_governance_registration")
public class Registration extends TenantOwnedEntity {

    public static final String REGISTERED = "registered";
    public static final String WAITING = "waiting";
    public static final String CANCELLED = "cancelled";

    @Column(name = "meeting_id")
    public UUID meetingId;
    public String username;
    public String status;
    public boolean attended;
    @Column(name = "registered_at")
    public Instant registeredAt = Instant.now();
}
