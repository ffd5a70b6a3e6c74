package org.gridx.modules.selfgovernance.poll.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One answer a poll offers, in the order shown. */
@Entity
@Table(name = "self_governance_poll_option")
public class PollOption extends TenantOwnedEntity {

    @Column(name = "poll_id")
    public UUID pollId;
    public int position;
    public String label;
}
