package org.gridx.modules.selfgovernance.election.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * An election as the organiser calls it. A building head's election names the building ({@code placeId});
 * {@code electorate} is how many households (or residents, by the tenant's setting) may vote, for turnout.
 */
public record ElectionInput(
        @NotNull(message = "the post is required: building-head or resident-group-leader")
        @Pattern(regexp = "building-head|resident-group-leader", message = "must be building-head or resident-group-leader") String post,
        @NotBlank(message = "a title is required") @Size(max = 200, message = "at most 200 characters") String title,
        @NotNull(message = "the grid code is required, e.g. 150621901001001")
        @Pattern(regexp = "[0-9]{15}", message = "a grid code of 15 digits, e.g. 150621901001001") String gridCode,
        UUID placeId,
        @Min(value = 1, message = "at least 1 eligible voter") @Max(value = 100000, message = "at most 100000") int electorate,
        @NotNull(message = "when voting opens (ISO-8601); nominations close then") Instant opensAt,
        @NotNull(message = "when voting closes (ISO-8601)") Instant closesAt) {
}
