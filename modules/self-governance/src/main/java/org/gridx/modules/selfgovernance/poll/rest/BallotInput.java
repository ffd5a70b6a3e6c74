package org.gridx.modules.selfgovernance.poll.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** The options a voter picks: one for a single-choice poll, up to the poll's maximum otherwise. */
public record BallotInput(
        @NotEmpty(message = "pick at least one option (its id)") @Size(max = 20, message = "at most 20 options")
        List<@NotNull(message = "an option id is missing") UUID> optionIds) {
}
