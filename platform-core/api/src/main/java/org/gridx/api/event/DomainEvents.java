package org.gridx.api.event;

/**
 * Raises a domain event inside the current transaction. Observers see it only after commit, and modules
 * only for tenants that enabled them; a rolled-back change raises nothing.
 */
public interface DomainEvents {

    void publish(DomainEvent event);
}
