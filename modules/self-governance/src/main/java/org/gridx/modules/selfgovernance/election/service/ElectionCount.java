package org.gridx.modules.selfgovernance.election.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.staffing.PostAssignment;
import org.gridx.api.staffing.PostAssignments;
import org.gridx.modules.selfgovernance.election.domain.Election;
import org.gridx.modules.selfgovernance.election.rest.ElectionView.Tally;

/**
 * The count, once voting has closed: the candidate with the most votes wins and becomes the post holder
 * through PostAssignments, with the election as the basis. A tie decides nothing (the organiser holds a
 * run-off); counting again after a decision changes nothing.
 */
@ApplicationScoped
public class ElectionCount {

    @Inject
    Elections elections;
    @Inject
    ElectionTallies tallies;
    @Inject
    PostAssignments posts;

    @Transactional
    public Election count(UUID electionId, String organiser) {
        elections.find(electionId);
        Election e = Election.findById(electionId, LockModeType.PESSIMISTIC_WRITE);
        if (!e.organiser.equals(organiser)) {
            throw ProblemException.forbidden("Only the election's organiser (" + e.organiser + ") counts the votes.");
        }
        if (e.decidedAt != null) {
            return e;
        }
        if (Instant.now().isBefore(e.closesAt)) {
            throw ProblemException.conflict("Votes are counted after voting closes at " + e.closesAt + ".");
        }
        List<Tally> t = tallies.of(e);
        if (t.isEmpty() || t.get(0).votes() == 0) {
            throw ProblemException.conflict("Nobody received a vote; there is no one to appoint.");
        }
        if (t.size() > 1 && t.get(1).votes() == t.get(0).votes()) {
            throw ProblemException.conflict("A tie at " + t.get(0).votes() + " votes: hold a run-off election between the leading candidates.");
        }
        e.winner = tallies.usernameOf(t.get(0).candidateId());
        e.ballots = (int) tallies.ballots(e);
        e.decidedAt = Instant.now();
        posts.assign(new PostAssignment(e.post, e.gridCode, e.placeId, e.winner, "election:" + e.id));
        return e;
    }
}
