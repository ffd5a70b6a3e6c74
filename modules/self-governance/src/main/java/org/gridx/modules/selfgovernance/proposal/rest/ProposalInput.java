package org.gridx.modules.selfgovernance.proposal.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A proposal as a resident writes it; its grid is the resident's own (from their verified residency). */
public record ProposalInput(
        @NotBlank(message = "a title is required") @Size(max = 200, message = "at most 200 characters") String title,
        @NotBlank(message = "say what you propose and why") @Size(max = 4000, message = "at most 4000 characters") String body) {
}
