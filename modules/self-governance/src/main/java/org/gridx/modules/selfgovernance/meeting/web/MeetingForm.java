package org.gridx.modules.selfgovernance.meeting.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridx.modules.selfgovernance.common.web.FormCheck;
import org.gridx.modules.selfgovernance.meeting.rest.MeetingInput;
import org.gridx.modules.selfgovernance.meeting.rest.PartyInput;

/**
 * The "call a meeting" form as typed (kept to fill the form again when it is refused): agenda one item per
 * line, and the four parties' representatives, of which only the filled-in ones are sent (the meeting rules
 * then say whether a kind needs all four or none).
 */
public record MeetingForm(String kind, String title, String gridCode, String venue, String startsAt, String endsAt,
        String capacity, String agenda, String partyBranch, String residentsCommittee, String ownersCommittee,
        String propertyCompany) {

    static final MeetingForm EMPTY = new MeetingForm("public-needs", "", "", "", "", "", "", "", "", "", "", "");

    /** The API's input; a non-numeric capacity becomes 0, which the input's own check refuses. */
    MeetingInput input() {
        Integer seats = capacity == null || capacity.isBlank() ? null
                : capacity.strip().matches("[0-9]{1,6}") ? Integer.valueOf(capacity.strip()) : 0;
        List<String> items = agenda == null ? List.of()
                : Arrays.stream(agenda.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<PartyInput> parties = new ArrayList<>();
        party(parties, "party-branch", partyBranch);
        party(parties, "residents-committee", residentsCommittee);
        party(parties, "owners-committee", ownersCommittee);
        party(parties, "property-company", propertyCompany);
        return new MeetingInput(kind, title, gridCode == null ? null : gridCode.strip(), venue,
                FormCheck.local(startsAt, "startsAt"), FormCheck.local(endsAt, "endsAt"), seats, items,
                parties.isEmpty() ? null : parties);
    }

    private static void party(List<PartyInput> parties, String party, String representative) {
        if (representative != null && !representative.isBlank()) {
            parties.add(new PartyInput(party, representative.strip(), null));
        }
    }
}
