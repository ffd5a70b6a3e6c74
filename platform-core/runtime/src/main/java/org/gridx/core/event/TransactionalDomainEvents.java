package org.gridx.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.event.LiveEvent;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.db.SqlWrite;

/**
 * Publishing writes the event into the outbox in the transaction that made the change: a rollback drops
 * it with the change, a commit keeps it even if this JVM dies the next moment, and the relay delivers it
 * after commit, so no observer can see an event whose change did not commit. A JTA synchronization then
 * nudges the relay so that, normally, observers get the event within milliseconds instead of at the next
 * sweep.
 */
@ApplicationScoped
public class TransactionalDomainEvents implements DomainEvents {

    private static final Object KEY = TransactionalDomainEvents.class;

    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    PerTransaction perTransaction;
    @Inject
    OutboxStore outbox;
    @Inject
    EventCodec codec;
    @Inject
    OutboxRelay relay;
    @Inject
    TenantContext tenant;
    @Inject
    GridxClock clock;

    @Override
    public void publish(DomainEvent event) {
        Checked e = check(event);
        // the connection of this transaction was stamped with the current tenant when it was taken
        outbox.insert(e.owner, tenant.current().orElse(""), e.type, e.liveType, codec.encode(event), clock.now());
        nudgeAfterCommit(e.owner);
    }

    /**
     * The event's outbox row as a write not yet sent, for a caller that sends it with its own rows as one
     * statement (a new case); the transaction must be the event's tenant's. The relay is nudged after commit,
     * as for {@link #publish}.
     */
    public SqlWrite publishing(DomainEvent event) {
        Checked e = check(event);
        if (tenant.current().filter(e.owner::equals).isEmpty()) {
            throw new IllegalStateException("an event written with other rows is written in its own tenant's work");
        }
        SqlWrite row = outbox.insertion(e.owner, e.type, e.liveType, codec.encode(event), clock.now());
        nudgeAfterCommit(e.owner);
        return row;
    }

    private record Checked(String owner, String type, String liveType) {
    }

    private Checked check(DomainEvent event) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("domain events are published inside the transaction that made the change");
        }
        String owner = event.tenantId();
        if (owner == null) {
            throw new IllegalArgumentException("a domain event names its tenant: " + event);
        }
        tenant.current().filter(t -> !t.equals(owner)).ifPresent(t -> {
            throw new IllegalStateException("work of tenant " + t + " cannot publish an event of tenant " + owner);
        });
        String liveType = event instanceof LiveEvent live ? live.type() : null;
        if (liveType != null && (liveType.isBlank() || liveType.length() > 100)) {
            throw new IllegalArgumentException("a live event's type has 1 to 100 characters: '" + liveType + "'");
        }
        return new Checked(owner, event.getClass().getName(), liveType);
    }

    private void nudgeAfterCommit(String owner) {
        perTransaction.<String>afterCommit(KEY, relay::nudge).add(owner);
    }
}
