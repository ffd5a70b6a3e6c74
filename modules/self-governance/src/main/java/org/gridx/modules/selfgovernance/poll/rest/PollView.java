package org.gridx.modules.selfgovernance.poll.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A poll for one caller: its options, whether it is open or closed now, and whether the caller has voted.
 * {@code results} is null until the poll has closed, so nobody sees a trend while voting goes on.
 */
public record PollView(UUID id, String question, int maxChoices, String gridCode, Instant opensAt, Instant closesAt,
        String state, boolean votedByMe, List<Option> options, Results results) {

    public record Option(UUID id, int position, String label) {
    }

    public record Results(long ballots, List<Tally> tallies) {
    }

    public record Tally(UUID optionId, String label, long votes) {
    }
}
