package org.gridx.modules.selfgovernance.forum.rest;

import java.util.UUID;
import org.gridx.modules.selfgovernance.common.Participant;
import org.gridx.modules.selfgovernance.forum.domain.Forum;
import org.gridx.modules.selfgovernance.forum.service.ForumModerators;

/**
 * A forum as the API shows it: {@code level} is {@code grid} or {@code community}; {@code mine} says it is
 * the caller's own grid or community (or one below their post); {@code moderator} that the caller moderates it.
 */
public record ForumView(UUID id, String nodeCode, String level, String title, String description, boolean mine,
        boolean moderator) {

    public static ForumView of(Forum f, Participant p) {
        return new ForumView(f.id, f.nodeCode, f.isGridForum() ? "grid" : "community", f.title, f.description,
                p.relatesTo(f.nodeCode), ForumModerators.moderates(p, f));
    }
}
