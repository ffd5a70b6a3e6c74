package org.gridx.modules.selfgovernance.poll.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** A poll as staff set it up: 2–20 options, {@code maxChoices} 1 (single choice) up to the number of options. */
public record PollInput(
        @NotBlank(message = "the question is required") @Size(max = 500, message = "at most 500 characters") String question,
        @NotNull(message = "give 2 to 20 options") @Size(min = 2, max = 20, message = "give 2 to 20 options")
        List<@NotBlank(message = "an option is empty") @Size(max = 200, message = "at most 200 characters") String> options,
        @Min(value = 1, message = "at least 1 (single choice)") @Max(value = 20, message = "at most 20") int maxChoices,
        @NotNull(message = "the grid (or community) code is required, e.g. 150621901001001")
        @Pattern(regexp = "[0-9]{9}([0-9]{3}){0,2}", message = "a grid code of 9, 12 or 15 digits, e.g. 150621901001001")
        String gridCode,
        @NotNull(message = "when voting opens (ISO-8601, e.g. 2026-12-01T00:00:00Z)") Instant opensAt,
        @NotNull(message = "when voting closes (ISO-8601, e.g. 2026-12-08T00:00:00Z)") Instant closesAt) {
}
