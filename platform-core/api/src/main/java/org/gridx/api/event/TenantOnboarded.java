package org.gridx.api.event;

import java.time.Instant;

/** A tenant definition was imported and changed something (first import or an update). */
public record TenantOnboarded(String tenantId, Instant occurredAt, boolean firstImport) implements DomainEvent {
}
