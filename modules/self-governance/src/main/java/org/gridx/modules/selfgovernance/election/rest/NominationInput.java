package org.gridx.modules.selfgovernance.election.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who is nominated (their username); they must be a verified resident of the election's grid. */
public record NominationInput(
        @NotBlank(message = "the nominee's username is required") @Size(max = 100, message = "at most 100 characters") String username) {
}
