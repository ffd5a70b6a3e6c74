package org.gridx.modules.selfgovernance.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.forum.domain.Forum;
import org.gridx.modules.selfgovernance.forum.domain.ForumPost;
import org.gridx.modules.selfgovernance.forum.domain.ForumThread;

/** Threads and replies: who may write is {@link ForumRules}; pinning notices is the moderators'. */
@ApplicationScoped
public class ForumThreads {

    @Inject
    ForumCatalogue forums;
    @Inject
    ForumRules rules;

    /** Pinned notices first, then the liveliest. */
    public List<ForumThread> of(UUID forumId) {
        forums.get(forumId);
        return ForumThread.list("forumId = ?1 order by pinned desc, lastPostAt desc, id", forumId);
    }

    public ForumThread get(UUID id) {
        ForumThread t = ForumThread.findById(id);
        if (t == null) {
            throw ProblemException.notFound("There is no thread " + id + " here; list a forum's threads for the ids.");
        }
        return t;
    }

    public List<ForumPost> posts(UUID threadId) {
        return ForumPost.list("threadId = ?1 order by createdAt, id", threadId);
    }

    @Transactional
    public ForumThread open(Participant p, UUID forumId, ThreadInput in) {
        Forum forum = forums.get(forumId);
        rules.mayOpenThread(p, forum);
        rules.checkTitle(in.title());
        rules.checkBody(in.body());
        ForumThread t = new ForumThread();
        t.forumId = forum.id;
        t.title = in.title().strip();
        t.author = p.username();
        t.authorName = p.displayName();
        t.createdAt = Instant.now();
        t.lastPostAt = t.createdAt;
        t.persist();
        write(p, t, in.body());
        return t;
    }

    @Transactional
    public ForumPost reply(Participant p, UUID threadId, ReplyInput in) {
        ForumThread t = get(threadId);
        rules.mayWrite(p, forums.get(t.forumId));
        rules.checkBody(in.body());
        t.lastPostAt = Instant.now();
        return write(p, t, in.body());
    }

    @Transactional
    public ForumThread pin(Participant p, UUID threadId, boolean pinned) {
        ForumThread t = get(threadId);
        ForumModerators.require(p, forums.get(t.forumId));
        t.pinned = pinned;
        return t;
    }

    private static ForumPost write(Participant p, ForumThread t, String body) {
        ForumPost post = new ForumPost();
        post.threadId = t.id;
        post.author = p.username();
        post.authorName = p.displayName();
        post.body = body.strip();
        post.createdAt = Instant.now();
        post.persist();
        return post;
    }
}
