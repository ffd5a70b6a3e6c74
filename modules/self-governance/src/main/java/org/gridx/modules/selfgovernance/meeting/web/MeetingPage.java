package org.gridx.modules.selfgovernance.meeting.web;

import java.util.List;
import java.util.Locale;
import org.gridx.modules.selfgovernance.meeting.rest.MeetingView;
import org.gridx.modules.selfgovernance.meeting.rest.ResolutionView;

/** What the meeting page shows: the API's view plus the times, the caller's choices and each case's state label. */
public record MeetingPage(MeetingView meeting, String starts, String ends, boolean registrationOpen,
        boolean organiser, List<ResolutionLine> resolutions) {

    /** A resolution with its case's state in the page's language. */
    public record ResolutionLine(ResolutionView r, String stateLabel) {
    }

    static MeetingPage of(MeetingView m, boolean registrationOpen, String caller, Locale locale) {
        return new MeetingPage(m, MeetingTimes.of(m.startsAt()), MeetingTimes.of(m.endsAt()), registrationOpen,
                m.organiser().equals(caller),
                m.resolutions().stream().map(r -> new ResolutionLine(r,
                        r.caseStateLabel() == null ? r.caseState() : r.caseStateLabel().in(locale))).toList());
    }
}
