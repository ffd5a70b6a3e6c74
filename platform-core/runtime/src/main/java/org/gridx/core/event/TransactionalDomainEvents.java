package org.gridx.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.event.DomainEvents;

/**
 * Collects the events raised in a transaction and hands them to {@link DomainEventDispatcher} only after
 * it committed. A JTA synchronization rather than {@code @Observes(during = AFTER_SUCCESS)}: with CDI
 * transactional observers every observer must remember to declare the phase, and one plain
 * {@code @Observes} would see uncommitted changes; here no observer can see an event before commit, and
 * a rolled-back transaction simply drops its list.
 */
@ApplicationScoped
public class TransactionalDomainEvents implements DomainEvents {

    private static final Object KEY = TransactionalDomainEvents.class;

    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    DomainEventDispatcher dispatcher;

    @Override
    public void publish(DomainEvent event) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("domain events are published inside the transaction that made the change");
        }
        @SuppressWarnings("unchecked")
        List<DomainEvent> pending = (List<DomainEvent>) transactions.getResource(KEY);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(KEY, pending);
            List<DomainEvent> events = pending;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        dispatcher.deliver(List.copyOf(events));
                    }
                }
            });
        }
        pending.add(event);
    }
}
