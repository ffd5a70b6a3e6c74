package org.gridx.modules.selfgovernance.forum.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.modules.selfgovernance.forum.domain.ForumBan;

/** A ban with its appeal and decision; {@code active} says it is in force now. */
public record BanView(UUID id, UUID forumId, String username, String reason, Instant endsAt, boolean active,
        String appealText, Instant appealedAt, String decision, String decisionNote) {

    public static BanView of(ForumBan b) {
        return new BanView(b.id, b.forumId, b.username, b.reason, b.endsAt, b.activeAt(Instant.now()),
                b.appealText, b.appealedAt, b.decision, b.decisionNote);
    }
}
