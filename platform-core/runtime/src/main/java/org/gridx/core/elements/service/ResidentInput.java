package org.gridx.core.elements.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A resident as entered on a form, sent to the API or read from one import row; checked by {@link ResidentCheck}. */
public record ResidentInput(
        @NotBlank @Size(max = 50) String name,
        @NotBlank @Size(max = 10) String gender,
        Integer birthYear,
        @Size(max = 30) String idCard,
        @Size(max = 30) String phone,
        @NotBlank @Size(max = 15) String gridCode,
        @Size(max = 32) String householdCode,
        @Size(max = 200) String address,
        @Size(max = 20) List<@Size(max = 32) String> tags) {
}
