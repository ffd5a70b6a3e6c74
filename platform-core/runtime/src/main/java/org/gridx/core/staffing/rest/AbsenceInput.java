package org.gridx.core.staffing.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** A period someone is away: from (inclusive) to (exclusive), ISO-8601 with offset, and why. */
public record AbsenceInput(
        @NotBlank(message = "give the username of the person who is away") @Size(max = 64) String account,
        @NotNull(message = "give the start, e.g. 2026-03-02T08:00:00+08:00") OffsetDateTime from,
        @NotNull(message = "give the end, e.g. 2026-03-06T18:00:00+08:00") OffsetDateTime to,
        @NotBlank(message = "give the reason, e.g. annual leave") @Size(max = 200, message = "at most 200 characters") String reason) {
}
