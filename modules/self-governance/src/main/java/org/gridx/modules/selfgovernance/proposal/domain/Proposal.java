package org.gridx.modules.selfgovernance.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/**
 * A matter a verified resident raises. It gathers supports ('open'); at the tenant's threshold it is
 * 'ready' for an organiser to put on a meeting's agenda, where it becomes 'on-agenda'.
 */
@Entity
@Table(name = "self_governance_proposal")
public class Proposal extends TenantOwnedEntity {

    public static final String OPEN = "open";
    public static final String READY = "ready";
    public static final String ON_AGENDA = "on-agenda";

    public String title;
    public String body;
    @Column(name = "grid_code")
    public String gridCode;
    @Column(name = "raised_by")
    public String raisedBy;
    public String status = OPEN;
    public int supports;
    @Column(name = "ready_at")
    public Instant readyAt;
    @Column(name = "meeting_id")
    public UUID meetingId;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
