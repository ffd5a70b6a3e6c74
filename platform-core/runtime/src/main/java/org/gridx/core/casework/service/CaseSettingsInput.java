package org.gridx.core.casework.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;

/** A tenant's loop settings as an administrator sends them. */
public record CaseSettingsInput(
        @NotNull(message = "metres, 0 to 5000 (0 turns duplicate flags off)") @Min(value = 0, message = "0 to 5000")
        @Max(value = 5000, message = "0 to 5000") Integer duplicateRadiusM,
        @NotNull(message = "an ISO-8601 duration such as PT72H")
        @Pattern(regexp = "P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?", message = "an ISO-8601 duration such as PT72H") String duplicateWindow,
        Map<String, @Pattern(regexp = "P(?!$)(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?", message = "an ISO-8601 duration") String> serviceLimits,
        @Min(value = 1, message = "1 to 99") @Max(value = 99, message = "1 to 99") Integer remindAtPercent) {
}
