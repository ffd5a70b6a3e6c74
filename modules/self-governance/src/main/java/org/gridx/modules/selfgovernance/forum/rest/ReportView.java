package org.gridx.modules.selfgovernance.forum.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.modules.selfgovernance.forum.domain.AbuseReport;
import org.gridx.modules.selfgovernance.forum.domain.ForumPost;

/** An abuse report; in the moderators' queue it carries the reported post as they see it. */
public record ReportView(UUID id, UUID postId, String reason, Instant createdAt, String outcome, PostView post) {

    public static ReportView of(AbuseReport r, ForumPost post) {
        return new ReportView(r.id, r.postId, r.reason, r.createdAt, r.outcome, post == null ? null : PostView.of(post, true));
    }
}
