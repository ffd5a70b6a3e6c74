package org.gridx.modules.selfgovernance.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A poll: open from {@link #opensAt} until {@link #closesAt}; its results exist only once it has closed. */
@Entity
@Table(name = "self_governance_poll")
public class Poll extends TenantOwnedEntity {

    public String question;
    /** 1 for a single-choice poll. */
    @Column(name = "max_choices")
    public int maxChoices;
    @Column(name = "grid_code")
    public String gridCode;
    @Column(name = "opens_at")
    public Instant opensAt;
    @Column(name = "closes_at")
    public Instant closesAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public boolean openAt(Instant t) {
        return !t.isBefore(opensAt) && t.isBefore(closesAt);
    }

    public boolean closedAt(Instant t) {
        return !t.isBefore(closesAt);
    }
}
