package org.gridx.core.event;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantDirectory;

/**
 * Moves outbox rows to their observers. Two ways in: a commit nudges it for the tenants it wrote to (the
 * fast path, on a relay thread so the request does not wait for observers), and a sweep over every active
 * tenant runs every {@link OutboxConfig#sweepInterval()} (rows whose nudge was lost with a crashed
 * replica, retries that fell due). Each tenant is handled in its own transaction as that tenant, because
 * the application's database role sees no outbox row without a tenant; the sweep first asks every tenant,
 * as that tenant, whether it has anything due, so idle tenants cost a query rather than a transaction.
 * Several threads and replicas may sweep at once: rows are claimed with SKIP LOCKED, so each is handed
 * out by one of them.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Batches one tenant may take per pass, so one busy tenant cannot starve the others. */
    private static final int MAX_BATCHES = 50;
    private static final Duration PRUNE_EVERY = Duration.ofHours(1);

    @Inject
    OutboxBatch batch;
    @Inject
    OutboxStore store;
    @Inject
    TenantContext tenants;
    @Inject
    TenantDirectory directory;
    @Inject
    OutboxConfig config;
    @Inject
    GridxClock clock;

    private final Set<String> nudged = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;
    private volatile Instant lastPrune = Instant.EPOCH;

    void start(@Observes StartupEvent event) {
        if (!config.relay()) {
            Log.info("outbox relay is off on this replica (gridx.outbox.relay=false)");
            return;
        }
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "gridx-outbox-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        long every = config.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweepQuietly, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        ScheduledExecutorService e = executor;
        executor = null;
        if (e != null) {
            e.shutdown();
            e.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    /** After a commit: deliver those tenants' new rows now. Never blocks and never throws. */
    public void nudge(Collection<String> tenantCodes) {
        if (executor == null || tenantCodes.isEmpty()) {
            return;
        }
        nudged.addAll(tenantCodes);
        schedule();
    }

    private void schedule() {
        ScheduledExecutorService e = executor;
        if (e != null && draining.compareAndSet(false, true)) {
            try {
                e.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                draining.set(false);
            }
        }
    }

    private void drain() {
        try {
            while (!nudged.isEmpty()) {
                linger();
                for (String t : List.copyOf(nudged)) {
                    nudged.remove(t);
                    sweepQuietly(t);
                }
            }
        } finally {
            draining.set(false);
        }
        // a nudge that came between the last look and the reset saw "draining" and left its tenant to us
        if (!nudged.isEmpty()) {
            schedule();
        }
    }

    private void linger() {
        long ms = config.linger().toMillis();
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // shutting down: deliver what is there, the sweep does the rest
            }
        }
    }

    /**
     * One pass over every active tenant (and, hourly, pruning); returns rows handled. Tenants are first
     * asked cheaply whether anything is due ({@link OutboxStore#due}); only those get a claiming transaction.
     */
    public int sweep() {
        List<String> active = directory.activeCodes();
        boolean prune = Duration.between(lastPrune, clock.now()).compareTo(PRUNE_EVERY) >= 0;
        if (prune) {
            lastPrune = clock.now();
            active.forEach(this::pruneQuietly);
        }
        int handled = 0;
        for (String t : store.due(active, config.maxAttempts(), clock.now())) {
            handled += sweepQuietly(t);
        }
        return handled;
    }

    /** Delivers every due row of one tenant, batch by batch; returns rows handled. */
    public int sweep(String tenant) {
        int total = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int n = tenants.callAs(tenant, () -> batch.run(tenant));
            total += n;
            if (n < config.batchSize()) {
                break;
            }
        }
        return total;
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (RuntimeException e) {
            Log.errorf(e, "outbox sweep failed; the next one retries");
        }
    }

    private int sweepQuietly(String tenant) {
        try {
            return sweep(tenant);
        } catch (RuntimeException e) {
            Log.errorf(e, "outbox delivery for tenant %s failed; the next sweep retries", tenant);
            return 0;
        }
    }

    /** Deletes the tenant's rows delivered (or given up on) longer than {@link OutboxConfig#keep()} ago. */
    public int prune(String tenant) {
        return tenants.callAs(tenant, () -> store.prune(tenant, clock.now().minus(config.keep()), config.maxAttempts()));
    }

    private void pruneQuietly(String tenant) {
        try {
            int gone = prune(tenant);
            if (gone > 0) {
                Log.debugf("pruned %d outbox rows of %s", gone, tenant);
            }
        } catch (RuntimeException e) {
            Log.errorf(e, "pruning the outbox of %s failed", tenant);
        }
    }
}
