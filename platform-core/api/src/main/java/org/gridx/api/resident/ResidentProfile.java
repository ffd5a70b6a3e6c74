package org.gridx.api.resident;

import java.time.Instant;
import java.util.UUID;

/**
 * A registered resident as modules see them. {@code householdId} is the place (unit or house) they registered
 * at, so "one ballot per household" counts places, not people; grid and community come from that place.
 */
public record ResidentProfile(String username, String displayName, UUID householdId, String gridCode,
        String communityCode, boolean verified, Instant verifiedAt) {
}
