package org.gridx.core.assessment.scorecard.rest;

import jakarta.validation.constraints.Size;

/** Why a month is frozen (required when it is frozen again, replacing the published scorecard). */
public record FreezeInput(@Size(max = 500, message = "at most 500 characters") String reason) {
}
