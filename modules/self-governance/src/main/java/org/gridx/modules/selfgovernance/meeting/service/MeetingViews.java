package org.gridx.modules.selfgovernance.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.domain.MeetingParty;
import org.gridx.modules.selfgovernance.meeting.domain.Registration;
import org.gridx.modules.selfgovernance.meeting.rest.MeetingView;
import org.gridx.modules.selfgovernance.meeting.rest.ResolutionView;

/** Assembles a meeting's full view for one caller (the API and the page show the same thing). */
@ApplicationScoped
public class MeetingViews {

    @Inject
    Meetings meetings;
    @Inject
    Agendas agendas;
    @Inject
    Resolutions resolutions;

    public MeetingView of(UUID id, String caller) {
        Meeting m = meetings.find(id);
        long taken = Seats.taken(m);
        String mine = Registration.<Registration>find("meetingId = ?1 and username = ?2", m.id, caller)
                .firstResultOptional().map(r -> r.status).orElse(null);
        return new MeetingView(m.id, m.kind, m.title, m.gridCode, m.venue, m.startsAt, m.endsAt, m.capacity, taken,
                Seats.waiting(m), m.waitingList, m.capacity != null && taken >= m.capacity, m.organiser, m.minutes,
                m.minutesAt, agendas.of(m.id).stream().map(MeetingView.Agenda::of).toList(),
                MeetingParty.<MeetingParty>list("meetingId = ?1 order by party", m.id).stream()
                        .map(MeetingView.Representative::of).toList(),
                resolutions.of(m.id).stream().map(ResolutionView::of).toList(), mine);
    }
}
