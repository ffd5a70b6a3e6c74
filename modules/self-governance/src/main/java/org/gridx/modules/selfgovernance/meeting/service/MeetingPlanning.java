package org.gridx.modules.selfgovernance.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gridx.modules.selfgovernance.people.ParticipationSettings;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.domain.MeetingParty;
import org.gridx.modules.selfgovernance.meeting.rest.MeetingInput;
import org.gridx.modules.selfgovernance.meeting.rest.PartyInput;

/** Convening a meeting: its kind, time, place, seats, agenda and (for 四方共议) the four representatives. */
@ApplicationScoped
public class MeetingPlanning {

    @Inject
    ParticipationSettings settings;
    @Inject
    Agendas agendas;

    @Transactional
    public Meeting convene(MeetingInput in, String organiser) {
        MeetingRules.check(in);
        Meeting m = new Meeting();
        m.kind = in.kind();
        m.title = in.title().strip();
        m.gridCode = in.gridCode();
        m.venue = in.venue().strip();
        m.startsAt = in.startsAt();
        m.endsAt = in.endsAt();
        m.capacity = in.capacity();
        m.waitingList = settings.waitingList();
        m.organiser = organiser;
        m.persist();
        in.agendaOrEmpty().forEach(title -> agendas.add(m, title.strip(), null));
        for (PartyInput p : in.partiesOrEmpty()) {
            MeetingParty row = new MeetingParty();
            row.meetingId = m.id;
            row.party = p.party();
            row.representative = p.representative().strip();
            row.username = p.username();
            row.persist();
        }
        return m;
    }
}
