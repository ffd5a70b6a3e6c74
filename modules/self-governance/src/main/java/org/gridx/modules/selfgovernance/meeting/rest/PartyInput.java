package org.gridx.modules.selfgovernance.meeting.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One party's representative at a four-party meeting; {@code username} when they have an account. */
public record PartyInput(
        @NotNull(message = "the party is required")
        @Pattern(regexp = "party-branch|residents-committee|owners-committee|property-company",
                message = "must be one of party-branch, residents-committee, owners-committee, property-company")
        String party,
        @NotBlank(message = "name the representative") @Size(max = 100, message = "at most 100 characters") String representative,
        @Size(max = 100, message = "at most 100 characters") String username) {
}
