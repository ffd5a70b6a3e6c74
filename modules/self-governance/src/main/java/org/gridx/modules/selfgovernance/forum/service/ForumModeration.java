package org.gridx.modules.selfgovernance.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.forum.domain.AbuseReport;
import org.gridx.modules.selfgovernance.forum.domain.Forum;
import org.gridx.modules.selfgovernance.forum.domain.ForumPost;

/** Hiding posts and the abuse reports that lead to it: one report per person per post. */
@ApplicationScoped
public class ForumModeration {

    @Inject
    ForumThreads threads;
    @Inject
    ForumCatalogue forums;

    public ForumPost post(UUID id) {
        ForumPost p = ForumPost.findById(id);
        if (p == null) {
            throw ProblemException.notFound("There is no post " + id + " here.");
        }
        return p;
    }

    public Forum forumOf(ForumPost post) {
        return forums.get(threads.get(post.threadId).forumId);
    }

    /** Hides the post with a reason and settles its open reports as "hidden". */
    @Transactional
    public ForumPost hide(Participant p, UUID postId, String reason) {
        ForumPost post = post(postId);
        ForumModerators.require(p, forumOf(post));
        if (!post.hidden()) {
            post.hiddenAt = Instant.now();
            post.hiddenBy = p.username();
            post.hiddenReason = reason.strip();
        }
        AbuseReport.<AbuseReport>list("postId = ?1 and resolvedAt is null", postId)
                .forEach(r -> r.resolve(AbuseReport.HIDDEN, p.username(), post.hiddenAt));
        return post;
    }

    @Transactional
    public AbuseReport report(Participant p, UUID postId, String reason) {
        ForumPost post = post(postId);
        forumOf(post);
        if (AbuseReport.count("postId = ?1 and reporter = ?2", postId, p.username()) > 0) {
            throw ProblemException.conflict("You have already reported this post; a moderator will look at it.");
        }
        AbuseReport r = new AbuseReport();
        r.postId = postId;
        r.reporter = p.username();
        r.reason = reason.strip();
        r.createdAt = Instant.now();
        r.persist();
        return r;
    }

    @Transactional
    public AbuseReport dismiss(Participant p, UUID reportId) {
        AbuseReport r = AbuseReport.findById(reportId);
        if (r == null) {
            throw ProblemException.notFound("There is no report " + reportId + " here.");
        }
        ForumModerators.require(p, forumOf(post(r.postId)));
        if (r.resolvedAt != null) {
            throw ProblemException.conflict("This report was already settled (" + r.outcome + ").");
        }
        r.resolve(AbuseReport.DISMISSED, p.username(), Instant.now());
        return r;
    }

    /** Open reports on posts of the forums {@code p} moderates, oldest first. */
    public List<AbuseReport> openReports(Participant p) {
        return AbuseReport.<AbuseReport>list("resolvedAt is null order by createdAt, id").stream()
                .filter(r -> ForumModerators.moderates(p, forumOf(post(r.postId)))).toList();
    }
}
