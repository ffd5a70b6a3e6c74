package org.gridx.core.elements.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A component (部件) to register: codes, location (optional), status, owner department, grid. */
public record ComponentInput(@NotBlank @Size(max = 5) String catalogueCode, @NotBlank @Size(max = 16) String objectCode,
        @DecimalMin("-180") @DecimalMax("180") BigDecimal lon, @DecimalMin("-90") @DecimalMax("90") BigDecimal lat,
        @Pattern(regexp = "normal|damaged|lost|removed") String status, @Size(max = 32) String ownerDepartment,
        @Size(max = 15) String gridCode) {
}
