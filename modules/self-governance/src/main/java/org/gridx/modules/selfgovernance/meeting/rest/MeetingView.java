package org.gridx.modules.selfgovernance.meeting.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.modules.selfgovernance.meeting.domain.AgendaItem;
import org.gridx.modules.selfgovernance.meeting.domain.MeetingParty;

/**
 * A meeting as the API shows it: seats taken and waiting, the caller's own registration (null when none),
 * and the resolutions with their cases' progress.
 */
public record MeetingView(UUID id, String kind, String title, String gridCode, String venue, Instant startsAt,
        Instant endsAt, Integer capacity, long seatsTaken, long waiting, boolean waitingList, boolean full,
        String organiser, String minutes, Instant minutesAt, List<Agenda> agenda, List<Representative> parties,
        List<ResolutionView> resolutions, String myRegistration) {

    public record Agenda(UUID id, int position, String title, UUID proposalId) {
        public static Agenda of(AgendaItem a) {
            return new Agenda(a.id, a.position, a.title, a.proposalId);
        }
    }

    public record Representative(String party, String representative, String username) {
        public static Representative of(MeetingParty p) {
            return new Representative(p.party, p.representative, p.username);
        }
    }
}
