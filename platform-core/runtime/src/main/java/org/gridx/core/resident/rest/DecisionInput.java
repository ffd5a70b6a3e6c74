package org.gridx.core.resident.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The verifier's decision on a registration; a rejection carries the reason the resident reads. */
public record DecisionInput(
        @NotNull(message = "verify or reject") @Pattern(regexp = "verify|reject", message = "verify or reject") String decision,
        @Size(max = 500, message = "at most 500 characters") String reason) {
}
