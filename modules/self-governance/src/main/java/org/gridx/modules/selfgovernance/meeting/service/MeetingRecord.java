package org.gridx.modules.selfgovernance.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.meeting.domain.Invitation;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.domain.Registration;

/** What only the organiser does around the meeting itself: invitations, attendance and the minutes. */
@ApplicationScoped
public class MeetingRecord {

    @Inject
    Meetings meetings;

    @Transactional
    public int invite(UUID meetingId, String organiser, List<String> usernames) {
        Meeting m = meetings.organisedBy(meetingId, organiser);
        int added = 0;
        for (String u : usernames.stream().map(String::strip).distinct().toList()) {
            if (Invitation.count("meetingId = ?1 and invitee = ?2", m.id, u) == 0) {
                Invitation i = new Invitation();
                i.meetingId = m.id;
                i.invitee = u;
                i.persist();
                added++;
            }
        }
        return added;
    }

    /** Marks who came; only people registered with a seat can have attended. */
    @Transactional
    public void attendance(UUID meetingId, String organiser, List<String> usernames) {
        Meeting m = meetings.organisedBy(meetingId, organiser);
        List<Registration> seated = Registration.list("meetingId = ?1 and status = ?2 and username in ?3",
                m.id, Registration.REGISTERED, usernames);
        if (seated.size() != usernames.stream().distinct().count()) {
            throw ProblemException.invalid("Only people registered with a seat can be marked present.", List.of(
                    new org.gridx.api.problem.Problem.FieldProblem("/usernames", "not registered with a seat: "
                            + usernames.stream().filter(u -> seated.stream().noneMatch(r -> r.username.equals(u))).toList())));
        }
        seated.forEach(r -> r.attended = true);
    }

    @Transactional
    public Meeting minutes(UUID meetingId, String organiser, String text) {
        Meeting m = meetings.organisedBy(meetingId, organiser);
        m.minutes = text.strip();
        m.minutesAt = Instant.now();
        return m;
    }
}
