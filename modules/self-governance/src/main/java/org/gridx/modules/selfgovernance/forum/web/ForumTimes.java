package org.gridx.modules.selfgovernance.forum.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** {@code {t.createdAt.forumTime}}: a moment as people in the street read it (China time, to the minute). */
@TemplateExtension
public final class ForumTimes {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ForumTimes() {
    }

    static String forumTime(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(CHINA));
    }

    /** The last day a ban lasts (it ends at the following midnight). */
    static String lastDay(Instant endsAt) {
        return endsAt == null ? "" : endsAt.atZone(CHINA).toLocalDate().minusDays(1).toString();
    }
}
