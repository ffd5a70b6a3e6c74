package org.gridx.api.event;

import java.time.Instant;

/** A tenant turned a module on (or changed its settings while on). */
public record ModuleEnabled(String tenantId, Instant occurredAt, String moduleId) implements DomainEvent {
}
