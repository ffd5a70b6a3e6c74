package org.gridx.modules.selfgovernance.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One text in a thread. Hiding keeps the text for moderators and records who hid it and why. */
@Entity
@Table(name = "self_governance_post")
public class ForumPost extends TenantOwnedEntity {

    @Column(name = "thread_id")
    public UUID threadId;
    public String author;
    @Column(name = "author_name")
    public String authorName;
    public String body;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "hidden_at")
    public Instant hiddenAt;
    @Column(name = "hidden_by")
    public String hiddenBy;
    @Column(name = "hidden_reason")
    public String hiddenReason;

    public boolean hidden() {
        return hiddenAt != null;
    }
}
