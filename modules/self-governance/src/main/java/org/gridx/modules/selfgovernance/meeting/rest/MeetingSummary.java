package org.gridx.modules.selfgovernance.meeting.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;

/** A line of the meeting list. */
public record MeetingSummary(UUID id, String kind, String title, String gridCode, String venue, Instant startsAt,
        Instant endsAt, Integer capacity, String organiser) {

    public static MeetingSummary of(Meeting m) {
        return new MeetingSummary(m.id, m.kind, m.title, m.gridCode, m.venue, m.startsAt, m.endsAt, m.capacity, m.organiser);
    }
}
