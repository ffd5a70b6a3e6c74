package org.gridx.modules.selfgovernance.election.web;

import org.gridx.modules.selfgovernance.election.rest.ElectionView;

/** An election as its page shows it to one person: times, turnout in per cent, and their own nomination. */
public record ElectionPage(ElectionView e, String opens, String closes, String turnout,
        ElectionView.CandidateLine myNomination, String winnerName) {

    static ElectionPage of(ElectionView e, String caller) {
        String turnout = e.results() == null ? null : Math.round(e.results().turnout() * 1000) / 10.0 + "%";
        ElectionView.CandidateLine mine = e.candidates().stream()
                .filter(c -> c.username().equals(caller) && "nominating".equals(e.phase())).findFirst().orElse(null);
        String winner = e.results() == null || e.results().winner() == null ? null : e.candidates().stream()
                .filter(c -> c.username().equals(e.results().winner())).findFirst().map(ElectionView.CandidateLine::displayName)
                .orElse(e.results().winner());
        return new ElectionPage(e, ElectionTexts.time(e.opensAt()), ElectionTexts.time(e.closesAt()), turnout, mine, winner);
    }
}
