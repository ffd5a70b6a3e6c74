package org.gridx.modules.selfgovernance.forum.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.modules.selfgovernance.forum.domain.ForumPost;

/**
 * A post as its reader may see it: a hidden post shows only that it is hidden, except to the forum's
 * moderators, who also see its text, the reason, and every author's account name (to ban them).
 */
public record PostView(UUID id, UUID threadId, String authorName, String author, Instant createdAt,
        boolean hidden, String body, String hiddenReason) {

    public static PostView of(ForumPost p, boolean moderator) {
        boolean shown = !p.hidden() || moderator;
        return new PostView(p.id, p.threadId, p.authorName, moderator ? p.author : null, p.createdAt, p.hidden(),
                shown ? p.body : null, moderator ? p.hiddenReason : null);
    }
}
