package org.gridx.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridx.api.event.DomainEvent;
import org.gridx.core.clock.GridxClock;

/**
 * One tenant's share of a relay pass, inside one transaction as that tenant: claim due rows, hand each to
 * the dispatcher, then stamp it delivered or record the failure and when to retry. The row locks are held
 * until this transaction ends, so no other relay (thread or replica) hands the same row out meanwhile; if
 * this replica dies after an observer committed but before the stamp, the row is delivered again (at
 * least once; {@link EventDelivery} lets observers that write rows stay idempotent).
 */
@ApplicationScoped
class OutboxBatch {

    @Inject
    OutboxStore store;
    @Inject
    EventCodec codec;
    @Inject
    DomainEventDispatcher dispatcher;
    @Inject
    EventDelivery delivery;
    @Inject
    OutboxConfig config;
    @Inject
    GridxClock clock;

    /** Runs in a transaction as {@code tenant}; returns how many rows it handled. */
    int run(String tenant) {
        List<OutboxRow> rows = store.claim(tenant, config.batchSize(), config.maxAttempts(), clock.now());
        for (OutboxRow row : rows) {
            Map<String, String> failed = deliver(tenant, row);
            if (failed.isEmpty()) {
                store.delivered(tenant, row.seq(), clock.now());
            } else {
                String error = failed.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; "));
                store.failed(tenant, row.seq(), clock.now().plus(retryDelay(row.attempts() + 1)), error, failed.keySet());
            }
            if (row.attempts() == 0 && row.liveType() != null) {
                store.signal(LiveSignals.event(tenant, row.seq()));
            }
        }
        return rows.size();
    }

    private Map<String, String> deliver(String tenant, OutboxRow row) {
        DomainEvent event;
        try {
            event = codec.decode(row.type(), row.payload());
        } catch (RuntimeException e) {
            return Map.of("decode", e.getMessage());
        }
        if (!tenant.equals(event.tenantId())) {
            return Map.of("tenant", "row of tenant " + tenant + " holds an event of tenant " + event.tenantId());
        }
        return delivery.during(row.seq(), () -> dispatcher.deliver(event, row.retryOnly()));
    }

    /** first, 2×first, 4×first, … up to the maximum. */
    Duration retryDelay(int attempts) {
        Duration d = config.firstRetryDelay();
        for (int i = 1; i < attempts && d.compareTo(config.maxRetryDelay()) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(config.maxRetryDelay()) > 0 ? config.maxRetryDelay() : d;
    }
}
