package org.gridx.core.notification.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The caller's choice of how notifications reach them. */
public record DeliveryInput(
        @NotNull(message = "immediate or daily") @Pattern(regexp = "immediate|daily",
                message = "immediate (each notification at once) or daily (one digest a day)") String delivery) {
}
