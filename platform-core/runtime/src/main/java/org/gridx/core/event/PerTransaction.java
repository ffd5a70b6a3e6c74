package org.gridx.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A set gathered over the current transaction and handed to its action once, at the end: work that would
 * otherwise run once per event (a relay nudge, a projection) runs once per transaction for all of them.
 */
@ApplicationScoped
public class PerTransaction {

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** The set kept under {@code key}; {@code action} gets it just before the transaction commits. */
    public <T> Set<T> beforeCommit(Object key, Consumer<Set<T>> action) {
        return set(key, action, true);
    }

    /** The set kept under {@code key}; {@code action} gets it once the transaction has committed. */
    public <T> Set<T> afterCommit(Object key, Consumer<Set<T>> action) {
        return set(key, action, false);
    }

    @SuppressWarnings("unchecked")
    private <T> Set<T> set(Object key, Consumer<Set<T>> action, boolean before) {
        Set<T> gathered = (Set<T>) transactions.getResource(key);
        if (gathered == null) {
            Set<T> fresh = new LinkedHashSet<>();
            transactions.putResource(key, fresh);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (before && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        action.accept(fresh);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    if (!before && status == Status.STATUS_COMMITTED) {
                        action.accept(fresh);
                    }
                }
            });
            gathered = fresh;
        }
        return gathered;
    }
}
