package org.gridx.modules.selfgovernance.meeting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;

/** Finding a meeting of the current tenant (another tenant's meeting is simply not there: 404). */
@ApplicationScoped
public class Meetings {

    public Meeting find(UUID id) {
        Meeting m = Meeting.findById(id);
        if (m == null) {
            throw notFound(id);
        }
        return m;
    }

    /** The meeting locked for this transaction, so seats are counted by one registration at a time. */
    public Meeting lock(UUID id) {
        Meeting m = Meeting.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (m == null) {
            throw notFound(id);
        }
        return m;
    }

    /** The meeting when {@code username} organises it; 403 for anyone else, who may read but not run it. */
    public Meeting organisedBy(UUID id, String username) {
        Meeting m = find(id);
        if (!m.organisedBy(username)) {
            throw ProblemException.forbidden("Only the meeting's organiser (" + m.organiser + ") may do this.");
        }
        return m;
    }

    private static ProblemException notFound(UUID id) {
        return ProblemException.notFound("There is no meeting " + id + " here. Check the link or the meeting list.");
    }
}
