package org.gridx.core.staffing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One change of a resident post's holder, with its basis (the election that decided it); never updated. */
@Entity
@Table(name = "resident_post_change")
public class ResidentPostChange extends TenantOwnedEntity {

    @Column(name = "post_id")
    public UUID postId;
    @Column(name = "previous_holder_id")
    public UUID previousHolderId;
    @Column(name = "holder_id")
    public UUID holderId;
    public String basis;
    @Column(name = "changed_at")
    public Instant changedAt;
}
