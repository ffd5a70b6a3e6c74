package org.gridx.core.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridx.api.event.DomainEvent;
import org.gridx.core.clock.GridxClock;

/**
 * One tenant's share of a relay pass, inside one transaction as that tenant: claim due rows, hand them to
 * the dispatcher together, then stamp the delivered ones in one statement and record each failure and when
 * to retry; one live signal names all the batch's live events. The row locks are held
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
    OutboxConfig config;
    @Inject
    GridxClock clock;

    /** Runs in a transaction as {@code tenant}; returns how many rows it handled. */
    int run(String tenant) {
        List<OutboxRow> rows = store.claim(tenant, config.batchSize(), config.maxAttempts(), clock.now());
        Map<Long, Map<String, String>> failed = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        for (OutboxRow row : rows) {
            try {
                DomainEvent event = codec.decode(row.type(), row.payload());
                if (tenant.equals(event.tenantId())) {
                    pending.add(new Pending(row.seq(), event, row.retryOnly()));
                } else {
                    failed.put(row.seq(), Map.of("tenant", "row of tenant " + tenant + " holds an event of tenant " + event.tenantId()));
                }
            } catch (RuntimeException e) {
                failed.put(row.seq(), Map.of("decode", String.valueOf(e.getMessage())));
            }
        }
        failed.putAll(dispatcher.deliver(tenant, pending));
        Instant now = clock.now();
        List<Long> delivered = new ArrayList<>();
        List<Long> live = new ArrayList<>();
        for (OutboxRow row : rows) {
            Map<String, String> f = failed.getOrDefault(row.seq(), Map.of());
            if (f.isEmpty()) {
                delivered.add(row.seq());
            } else {
                String error = f.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; "));
                store.failed(tenant, row.seq(), now.plus(retryDelay(row.attempts() + 1)), error, f.keySet());
            }
            if (row.attempts() == 0 && row.liveType() != null) {
                live.add(row.seq());
            }
        }
        store.delivered(tenant, delivered, now);
        LiveSignals.events(tenant, live).forEach(store::signal);
        return rows.size();
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
