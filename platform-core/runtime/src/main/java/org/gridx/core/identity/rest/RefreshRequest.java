package org.gridx.core.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record RefreshRequest(
        @NotBlank(message = "Send the refresh token you were given at sign-in.")
        @Size(max = 100, message = "A refresh token has at most 100 characters.") String refreshToken) {
}
