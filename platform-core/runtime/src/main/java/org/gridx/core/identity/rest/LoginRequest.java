package org.gridx.core.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Sizes are capped so a huge password cannot make the slow hash an amplifier for denial of service. */
public record LoginRequest(
        @NotBlank(message = "Enter your username.") @Size(max = 64, message = "A username has at most 64 characters.") String username,
        @NotBlank(message = "Enter your password.") @Size(max = 200, message = "A password has at most 200 characters.") String password) {
}
