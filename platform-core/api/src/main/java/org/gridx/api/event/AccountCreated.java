package org.gridx.api.event;

import java.time.Instant;
import java.util.Set;

/** A staff or resident account now exists in a tenant. */
public record AccountCreated(String tenantId, Instant occurredAt, String username, Set<String> roles)
        implements DomainEvent {
}
