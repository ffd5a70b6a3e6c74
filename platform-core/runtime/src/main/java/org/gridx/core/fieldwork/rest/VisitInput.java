package org.gridx.core.fieldwork.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A household visit from a phone. The grid is given explicitly for now (locating from GPS arrives with
 * the grid work; latitude/longitude are stored already); the household is a free-text address plus an
 * optional household id; visitedAt defaults to now.
 */
public record VisitInput(
        @NotBlank(message = "give the grid code of the grid you visited in")
        @Pattern(regexp = "\\d{6}(\\d{3}){0,3}", message = "a grid code is 6, 9, 12 or 15 digits") String grid,
        UUID household,
        @NotBlank(message = "give the address of the household, e.g. 3号楼2单元501") @Size(max = 200, message = "at most 200 characters") String address,
        OffsetDateTime visitedAt,
        @Size(max = 2000, message = "at most 2000 characters") String asked,
        @Size(max = 2000, message = "at most 2000 characters") String found,
        boolean followUp,
        @DecimalMin(value = "-90", message = "latitude is between -90 and 90") @DecimalMax(value = "90", message = "latitude is between -90 and 90") Double latitude,
        @DecimalMin(value = "-180", message = "longitude is between -180 and 180") @DecimalMax(value = "180", message = "longitude is between -180 and 180") Double longitude) {
}
