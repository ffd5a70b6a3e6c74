package org.gridx.modules.selfgovernance.election.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.gridx.api.resident.ResidentDirectory;
import org.gridx.modules.selfgovernance.election.domain.Candidate;
import org.gridx.modules.selfgovernance.election.domain.Election;
import org.gridx.modules.selfgovernance.election.rest.ElectionView;
import org.gridx.modules.selfgovernance.election.rest.ElectionView.Tally;

/** An election for one caller; tallies and turnout only once voting has closed. */
@ApplicationScoped
public class ElectionViews {

    @Inject
    ElectionTallies tallies;
    @Inject
    ResidentDirectory directory;

    public ElectionView of(Election e, String caller) {
        String phase = e.phaseAt(Instant.now());
        boolean voted = directory.byUsername(caller).flatMap(p -> VoterKeys.ifAny(e, p))
                .map(key -> tallies.cast(e, key)).orElse(false);
        List<ElectionView.CandidateLine> candidates = Candidate.<Candidate>list("electionId = ?1 order by displayName, id", e.id)
                .stream().map(c -> new ElectionView.CandidateLine(c.id, c.username, c.displayName, c.status)).toList();
        ElectionView.Results results = null;
        if ("closed".equals(phase) || "decided".equals(phase)) {
            List<Tally> t = tallies.of(e);
            long ballots = tallies.ballots(e);
            results = new ElectionView.Results(ballots, Math.round(1000.0 * ballots / e.electorate) / 1000.0, t, e.winner, e.decidedAt);
        }
        return new ElectionView(e.id, e.post, e.title, e.gridCode, e.placeId, e.ballotBasis, e.electorate, e.opensAt,
                e.closesAt, phase, e.organiser, voted, candidates, results);
    }
}
