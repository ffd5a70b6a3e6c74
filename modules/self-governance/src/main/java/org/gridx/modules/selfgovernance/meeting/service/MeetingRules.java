package org.gridx.modules.selfgovernance.meeting.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.meeting.domain.MeetingKind;
import org.gridx.modules.selfgovernance.meeting.domain.Party;
import org.gridx.modules.selfgovernance.meeting.rest.MeetingInput;
import org.gridx.modules.selfgovernance.meeting.rest.PartyInput;

/**
 * What makes a planned meeting coherent beyond single fields: it ends after it starts, and a four-party
 * meeting names one representative for each of the four parties (the other kinds name none).
 */
final class MeetingRules {

    private MeetingRules() {
    }

    static void check(MeetingInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!in.endsAt().isAfter(in.startsAt())) {
            problems.add(new FieldProblem("/endsAt", "must be after the start time " + in.startsAt()));
        }
        Set<String> parties = in.partiesOrEmpty().stream().map(PartyInput::party).collect(Collectors.toSet());
        boolean fourParty = MeetingKind.FOUR_PARTY.code().equals(in.kind());
        if (fourParty && (parties.size() != Party.FOUR.size() || in.partiesOrEmpty().size() != Party.FOUR.size())) {
            problems.add(new FieldProblem("/parties", "a four-party meeting needs exactly one representative for each of "
                    + Party.FOUR + "; missing or repeated: " + missing(parties)));
        }
        if (!fourParty && !parties.isEmpty()) {
            problems.add(new FieldProblem("/parties", "only a four-party meeting (kind four-party) has party representatives"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The meeting cannot be planned like this; see 'errors'.", problems);
        }
    }

    private static List<String> missing(Set<String> given) {
        return Party.FOUR.stream().filter(p -> !given.contains(p)).toList();
    }
}
