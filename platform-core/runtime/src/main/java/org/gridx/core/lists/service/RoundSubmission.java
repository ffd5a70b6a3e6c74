package org.gridx.core.lists.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A patrol round as the phone sends it: the grid walked and each checklist item found ok or not. */
public record RoundSubmission(
        @NotBlank @Pattern(regexp = "[0-9]{6,15}", message = "a grid code of digits, e.g. 150621001001001") String grid,
        @NotEmpty @Size(max = 200) List<@Valid @NotNull Check> checks) {

    public record Check(
            @NotNull UUID item,
            @NotBlank @Pattern(regexp = "ok|problem", message = "use ok or problem") String result,
            Instant at,
            @DecimalMin("-180") @DecimalMax("180") Double lon,
            @DecimalMin("-90") @DecimalMax("90") Double lat,
            @Size(max = 1000) String note) {
    }
}
