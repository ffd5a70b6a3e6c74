package org.gridx.core.resident.service;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * What a resident sends to register: the account (username, password), how to reach them (a phone number or
 * an e-mail address, at least one), and the household place (a unit or house of the place tree). The
 * sizes are checked here; what depends on the tenant (free username, real place) by {@link RegistrationCheck}.
 */
public record RegistrationInput(
        @Size(max = 64, message = "at most 64 characters") String username,
        @Size(max = 100, message = "at most 100 characters") String displayName,
        @Size(max = 20, message = "at most 20 characters") String phone,
        @Size(max = 254, message = "at most 254 characters") String email,
        @Size(max = 128, message = "at most 128 characters") String password,
        UUID placeId) {
}
