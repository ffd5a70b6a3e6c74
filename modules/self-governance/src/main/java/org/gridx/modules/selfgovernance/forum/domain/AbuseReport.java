package org.gridx.modules.selfgovernance.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A person's report that a post is abusive: one per person per post, resolved by a moderator. */
@Entity
@Table(name = "self_governance_abuse_report")
public class AbuseReport extends TenantOwnedEntity {

    public static final String HIDDEN = "hidden";
    public static final String DISMISSED = "dismissed";

    @Column(name = "post_id")
    public UUID postId;
    public String reporter;
    public String reason;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "resolved_by")
    public String resolvedBy;
    public String outcome;

    public void resolve(String outcome, String by, Instant at) {
        this.outcome = outcome;
        this.resolvedBy = by;
        this.resolvedAt = at;
    }
}
