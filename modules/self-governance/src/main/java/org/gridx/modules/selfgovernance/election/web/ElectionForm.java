package org.gridx.modules.selfgovernance.election.web;

import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.modules.selfgovernance.common.web.FormCheck;
import org.gridx.modules.selfgovernance.election.rest.ElectionInput;

/** The "call an election" form as typed (kept to fill the form again when it is refused). */
public record ElectionForm(String post, String title, String gridCode, String placeId, String electorate, String opensAt,
        String closesAt) {

    static final ElectionForm EMPTY = new ElectionForm("resident-group-leader", "", "", "", "", "", "");

    /** The API's input; a blank or non-numeric electorate becomes 0, which the input's own check refuses. */
    ElectionInput input() {
        int voters = electorate != null && electorate.strip().matches("[0-9]{1,6}") ? Integer.parseInt(electorate.strip()) : 0;
        return new ElectionInput(post, title, gridCode == null ? null : gridCode.strip(), place(), voters,
                FormCheck.local(opensAt, "opensAt"), FormCheck.local(closesAt, "closesAt"));
    }

    private UUID place() {
        if (placeId == null || placeId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(placeId.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("'placeId' is not a place id.",
                    List.of(new FieldProblem("/placeId", "the building's place id, e.g. 0b9d6f1e-0000-4000-8000-000000000001")));
        }
    }
}
