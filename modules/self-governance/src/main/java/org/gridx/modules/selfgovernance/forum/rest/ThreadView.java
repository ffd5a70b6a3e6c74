package org.gridx.modules.selfgovernance.forum.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.modules.selfgovernance.forum.domain.ForumPost;
import org.gridx.modules.selfgovernance.forum.domain.ForumThread;

/** A thread with its posts, the opening one first; {@code moderator} says the caller moderates it. */
public record ThreadView(UUID id, UUID forumId, String title, String authorName, boolean pinned,
        Instant createdAt, boolean moderator, List<PostView> posts) {

    public static ThreadView of(ForumThread t, List<ForumPost> posts, boolean moderator) {
        return new ThreadView(t.id, t.forumId, t.title, t.authorName, t.pinned, t.createdAt, moderator,
                posts.stream().map(p -> PostView.of(p, moderator)).toList());
    }
}
