package org.gridx.api.staffing;

import java.util.UUID;

/**
 * One resident post to fill. {@code post} is "building-head" or "resident-group-leader"; {@code placeId} the
 * building (for a building head) or null; {@code gridCode} the grid; {@code basis} why (e.g. "election:…").
 */
public record PostAssignment(String post, String gridCode, UUID placeId, String username, String basis) {
}
