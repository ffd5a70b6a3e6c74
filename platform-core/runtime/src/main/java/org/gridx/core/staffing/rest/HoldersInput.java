package org.gridx.core.staffing.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** New holders of an existing post; leave holderB out to remove the backup. */
public record HoldersInput(
        @NotBlank(message = "give the username of the A holder") @Size(max = 64) String holderA,
        @Size(max = 64) String holderB) {
}
