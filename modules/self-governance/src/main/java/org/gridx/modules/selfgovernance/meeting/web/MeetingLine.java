package org.gridx.modules.selfgovernance.meeting.web;

import org.gridx.modules.selfgovernance.meeting.rest.MeetingSummary;

/** A meeting in the list, with its start written for people. */
public record MeetingLine(MeetingSummary m, String starts) {

    static MeetingLine of(MeetingSummary m) {
        return new MeetingLine(m, MeetingTimes.of(m.startsAt()));
    }
}
