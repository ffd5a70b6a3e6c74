package org.gridx.core.resident.service;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A resident's own changes: name and contact; a new household place sends the registration back to pending. */
public record ProfileInput(
        @Size(max = 100, message = "at most 100 characters") String displayName,
        @Size(max = 20, message = "at most 20 characters") String phone,
        @Size(max = 254, message = "at most 254 characters") String email,
        UUID placeId) {
}
