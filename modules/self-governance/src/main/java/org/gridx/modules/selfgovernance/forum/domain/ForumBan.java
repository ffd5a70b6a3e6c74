package org.gridx.modules.selfgovernance.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A person banned from posting in one forum until {@link #endsAt}; one appeal, one decision. */
@Entity
@Table(name = "self_governance_forum_ban")
public class ForumBan extends TenantOwnedEntity {

    public static final String LIFTED = "lifted";
    public static final String UPHELD = "upheld";

    @Column(name = "forum_id")
    public UUID forumId;
    public String username;
    public String reason;
    @Column(name = "ends_at")
    public Instant endsAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "appeal_text")
    public String appealText;
    @Column(name = "appealed_at")
    public Instant appealedAt;
    public String decision;
    @Column(name = "decision_note")
    public String decisionNote;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;

    /** In force: not over and not lifted on appeal. */
    public boolean activeAt(Instant now) {
        return endsAt.isAfter(now) && !LIFTED.equals(decision);
    }

    public static java.util.List<ForumBan> of(UUID forumId, String username) {
        return list("forumId = ?1 and username = ?2 order by createdAt desc", forumId, username);
    }
}
