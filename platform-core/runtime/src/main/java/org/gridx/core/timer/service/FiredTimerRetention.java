package org.gridx.core.timer.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantDirectory;

/**
 * Fired timers are kept {@code gridx.timers.keep-fired} (what fired when, for support), then deleted, in batches
 * per tenant so one large backlog never holds a long transaction. Runs at most hourly per replica from the
 * sweep; several replicas pruning at once only delete the same rows once.
 */
@ApplicationScoped
public class FiredTimerRetention {

    static final Duration EVERY = Duration.ofHours(1);
    static final int BATCH = 1000;

    @Inject
    TenantDirectory directory;
    @Inject
    TenantContext tenants;
    @Inject
    TimerRows rows;
    @Inject
    TimerConfig config;
    @Inject
    GridxClock clock;

    private volatile Instant last = Instant.EPOCH;

    /** Prunes every active tenant when the last pass is an hour old; called after each sweep. */
    void pruneWhenDue() {
        Instant now = clock.now();
        if (Duration.between(last, now).compareTo(EVERY) < 0) {
            return;
        }
        last = now;
        for (String tenant : directory.activeCodes()) {
            try {
                prune(tenant);
            } catch (RuntimeException e) {
                Log.warnf(e, "pruning fired timers of tenant %s failed; next pass retries", tenant);
            }
        }
    }

    /** Deletes the tenant's timers fired before the retention window; returns how many went. */
    public int prune(String tenant) {
        Instant before = clock.now().minus(config.keepFired());
        int gone = 0;
        int batch;
        do {
            batch = tenants.callAs(tenant, () -> rows.pruneFired(tenant, before, BATCH));
            gone += batch;
        } while (batch == BATCH);
        return gone;
    }
}
