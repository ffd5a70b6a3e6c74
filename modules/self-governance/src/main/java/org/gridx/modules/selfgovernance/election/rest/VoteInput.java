package org.gridx.modules.selfgovernance.election.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The candidate a voter chooses. */
public record VoteInput(@NotNull(message = "choose a candidate (candidateId)") UUID candidateId) {
}
