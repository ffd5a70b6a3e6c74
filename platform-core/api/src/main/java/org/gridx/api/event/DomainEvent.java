package org.gridx.api.event;

import java.time.Instant;

/**
 * Something that happened in one tenant. Events are records in this package so modules can observe them
 * without touching core internals; they are delivered after the change that raised them has committed.
 */
public interface DomainEvent {

    String tenantId();

    Instant occurredAt();
}
