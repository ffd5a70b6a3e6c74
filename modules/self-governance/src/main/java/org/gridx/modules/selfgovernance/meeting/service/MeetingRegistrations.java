package org.gridx.modules.selfgovernance.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.domain.Registration;

/**
 * Seats at a meeting. The meeting row is locked while seats are counted, so two people registering for the
 * last seat at once get one seat and one place on the waiting list (or one "full"), never two seats.
 */
@ApplicationScoped
public class MeetingRegistrations {

    @Inject
    Meetings meetings;

    @Transactional
    public Registration register(UUID meetingId, String username) {
        Meeting m = meetings.lock(meetingId);
        if (!Instant.now().isBefore(m.startsAt)) {
            throw ProblemException.conflict("Registration closed when the meeting started at " + m.startsAt + ".");
        }
        Registration r = Registration.<Registration>find("meetingId = ?1 and username = ?2", m.id, username).firstResult();
        if (r != null && !Registration.CANCELLED.equals(r.status)) {
            return r; // registering twice is not an error: the first registration stands
        }
        String status = Seats.free(m) ? Registration.REGISTERED : Registration.WAITING;
        if (Registration.WAITING.equals(status) && !m.waitingList) {
            throw ProblemException.conflict("The meeting is full: all " + m.capacity + " seats are taken and this "
                    + "street keeps no waiting list. Ask the organiser about another session.");
        }
        if (r == null) {
            r = new Registration();
            r.meetingId = m.id;
            r.username = username;
        }
        r.status = status;
        r.registeredAt = Instant.now();
        r.persist();
        return r;
    }

    /** Gives the seat back; the first person waiting takes it. */
    @Transactional
    public void cancel(UUID meetingId, String username) {
        Meeting m = meetings.lock(meetingId);
        Registration r = Registration.<Registration>find("meetingId = ?1 and username = ?2", m.id, username).firstResult();
        if (r == null || Registration.CANCELLED.equals(r.status)) {
            throw ProblemException.notFound("You are not registered for this meeting.");
        }
        boolean hadSeat = Registration.REGISTERED.equals(r.status);
        r.status = Registration.CANCELLED;
        Registration.flush();
        if (hadSeat) {
            Registration.<Registration>find("meetingId = ?1 and status = ?2 order by registeredAt, id", m.id,
                    Registration.WAITING).firstResultOptional().ifPresent(next -> next.status = Registration.REGISTERED);
        }
    }
}
