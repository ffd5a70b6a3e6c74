package org.gridx.api.event;

import java.time.Instant;

/** A tenant turned a module off; its data stays. */
public record ModuleDisabled(String tenantId, Instant occurredAt, String moduleId) implements DomainEvent {
}
