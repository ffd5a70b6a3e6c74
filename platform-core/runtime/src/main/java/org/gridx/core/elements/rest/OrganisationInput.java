package org.gridx.core.elements.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An organisation (组织) to register: enterprise, shop, social or party organisation. */
public record OrganisationInput(@NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "enterprise|shop|social|party") String kind, @Size(max = 18) String creditCode,
        @Size(max = 200) String address, @NotBlank @Size(max = 15) String gridCode) {
}
