package org.gridx.modules.selfgovernance.meeting.service;

import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.domain.Registration;

/** How many of a meeting's seats are taken and whether one is free. */
public final class Seats {

    private Seats() {
    }

    public static long taken(Meeting m) {
        return Registration.count("meetingId = ?1 and status = ?2", m.id, Registration.REGISTERED);
    }

    public static long waiting(Meeting m) {
        return Registration.count("meetingId = ?1 and status = ?2", m.id, Registration.WAITING);
    }

    public static boolean free(Meeting m) {
        return m.capacity == null || taken(m) < m.capacity;
    }
}
