package org.gridx.app.event;

import java.time.Instant;
import org.gridx.api.event.DomainEvent;

/** A test-only event: {@link OutboxProbe} fails the first time it is handed one with {@code failOnce}. */
public record ProbeEvent(String tenantId, Instant occurredAt, String name, boolean failOnce) implements DomainEvent {
}
