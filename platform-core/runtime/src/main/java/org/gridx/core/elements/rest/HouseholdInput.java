package org.gridx.core.elements.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A household (户) to register: its number, address and grid. */
public record HouseholdInput(@NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,32}") String code,
        @NotBlank @Size(max = 200) String address, @NotBlank @Size(max = 15) String gridCode) {
}
