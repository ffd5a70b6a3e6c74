package org.gridx.api.casework;

import java.util.UUID;

/**
 * A case a module asks for. Either a problem by disposal-list {@code itemCode} or a service request by a
 * convenience-list {@code dutyItemId}; placed by {@code gridCode}. {@code reportedBy} is the account that
 * acts (the meeting's organiser); {@code source} names the channel, e.g. "self-governance".
 */
public record CaseRequest(String idempotencyKey, String reportedBy, String itemCode, UUID dutyItemId,
        String gridCode, String description, String source) {
}
