package org.gridx.modules.selfgovernance.election.rest;

import jakarta.validation.constraints.NotNull;

/** The nominee's answer: true to stand, false to decline. */
public record AcceptanceInput(@NotNull(message = "say accept: true or false") Boolean accept) {
}
