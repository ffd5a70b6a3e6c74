package org.gridx.modules.selfgovernance.meeting.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Times on the pages in the streets' zone (the platform's tenants are Chinese streets; the API keeps
 * ISO-8601 instants), written the same way in both languages.
 */
public final class MeetingTimes {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    private MeetingTimes() {
    }

    public static String of(Instant t) {
        return t == null ? "" : FORMAT.format(t);
    }
}
