package org.gridx.modules.selfgovernance.forum.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.modules.selfgovernance.forum.domain.ForumThread;

/** A thread in a forum's list; pinned ones are the staff's notices. */
public record ThreadSummary(UUID id, UUID forumId, String title, String authorName, boolean pinned,
        Instant createdAt, Instant lastPostAt) {

    public static ThreadSummary of(ForumThread t) {
        return new ThreadSummary(t.id, t.forumId, t.title, t.authorName, t.pinned, t.createdAt, t.lastPostAt);
    }
}
