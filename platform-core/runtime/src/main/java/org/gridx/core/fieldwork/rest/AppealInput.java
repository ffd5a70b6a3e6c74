package org.gridx.core.fieldwork.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A resident's appeal (诉求) as a grid worker collects it. No phone number yet: encrypted contact details
 * come with the elements work; the resident is reached through the household or address.
 */
public record AppealInput(
        @NotBlank(message = "give the grid code of the resident's grid")
        @Pattern(regexp = "\\d{6}(\\d{3}){0,3}", message = "a grid code is 6, 9, 12 or 15 digits") String grid,
        @NotBlank(message = "give the name of the resident who raised it") @Size(max = 100, message = "at most 100 characters") String raisedBy,
        UUID household,
        @Size(max = 200, message = "at most 200 characters") String address,
        @NotBlank(message = "give a category")
        @Pattern(regexp = "environment|public-facility|safety|neighbour-dispute|social-assistance|housing|employment|other",
                message = "one of environment, public-facility, safety, neighbour-dispute, social-assistance, housing, employment, other") String category,
        @NotBlank(message = "write what the resident asks for") @Size(max = 2000, message = "at most 2000 characters") String text,
        OffsetDateTime raisedAt) {
}
