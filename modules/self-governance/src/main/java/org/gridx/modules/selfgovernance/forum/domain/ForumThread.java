package org.gridx.modules.selfgovernance.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A topic in a forum; its opening text is its first {@link ForumPost}. Pinned threads are staff notices. */
@Entity
@Table(name = "self_governance_thread")
public class ForumThread extends TenantOwnedEntity {

    @Column(name = "forum_id")
    public UUID forumId;
    public String title;
    public String author;
    @Column(name = "author_name")
    public String authorName;
    public boolean pinned;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "last_post_at")
    public Instant lastPostAt;
}
