package org.gridx.modules.selfgovernance.election.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An election for one caller. {@code results} stays null while votes are being cast; after closing it has
 * the tallies and turnout (ballots / electorate), and after the count the winner.
 */
public record ElectionView(UUID id, String post, String title, String gridCode, UUID placeId, String ballotBasis,
        int electorate, Instant opensAt, Instant closesAt, String phase, String organiser, boolean votedByMe,
        List<CandidateLine> candidates, Results results) {

    public record CandidateLine(UUID id, String username, String displayName, String status) {
    }

    public record Results(long ballots, double turnout, List<Tally> tallies, String winner, Instant decidedAt) {
    }

    public record Tally(UUID candidateId, String displayName, long votes) {
    }
}
