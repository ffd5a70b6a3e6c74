package org.gridx.modules.selfgovernance.election.service;

import org.gridx.api.problem.ProblemException;
import org.gridx.api.resident.ResidentProfile;
import org.gridx.modules.selfgovernance.election.domain.Election;

/** Who "one ballot" counts: the household (the place the resident registered at) or the resident. */
final class VoterKeys {

    private VoterKeys() {
    }

    /** The key when {@code voter} could vote here, else empty (used to tell a caller whether they voted). */
    static java.util.Optional<String> ifAny(Election e, ResidentProfile voter) {
        return "household".equals(e.ballotBasis) && voter.householdId() == null
                ? java.util.Optional.empty() : java.util.Optional.of(of(e, voter));
    }

    static String of(Election e, ResidentProfile voter) {
        if (!"household".equals(e.ballotBasis)) {
            return "resident:" + voter.username();
        }
        if (voter.householdId() == null) {
            throw ProblemException.forbidden("This election gives one ballot per household, and your residency names no "
                    + "household. Ask your grid informant to record the unit you live in.");
        }
        return "household:" + voter.householdId();
    }
}
