package org.gridx.core.assessment.fact;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gridx.api.tenant.TenantContext;

/**
 * Long work on the figures, in the background with progress: catch-up walks the tenant's cases in id order,
 * {@value #BATCH} at a time, and projects those whose fact is missing or behind (each page committed, so
 * stopping loses nothing and running it again resumes: what is current is skipped); rebuild forgets the
 * tenant's figures first. Progress is read from
 * the database ({@link FactStatus}), so any replica can report it.
 */
@ApplicationScoped
public class FactCatchUp {

    static final int BATCH = 500;

    @Inject
    FactBatches batches;
    @Inject
    TenantContext tenants;

    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gridx-fact-catch-up");
        t.setDaemon(true);
        return t;
    });

    public FactStatus status() {
        return batches.status(running.contains(tenants.require()));
    }

    /** Starts catching up the current tenant unless this replica already is; returns the status at start. */
    public FactStatus start(boolean rebuild) {
        String tenant = tenants.require();
        if (running.add(tenant)) {
            worker.execute(() -> {
                try {
                    if (rebuild) {
                        tenants.runAs(tenant, batches::forget);
                    }
                    // each page its own unit of work: one around the whole walk would hold every page uncommitted
                    UUID after = null;
                    do {
                        UUID from = after;
                        after = tenants.callAs(tenant, () -> batches.next(from, BATCH));
                    } while (after != null);
                } catch (RuntimeException e) {
                    Log.errorf(e, "catch-up of case facts for %s stopped; start it again to resume", tenant);
                } finally {
                    running.remove(tenant);
                }
            });
        }
        return status();
    }

    /** Catches up now, on the caller's thread and tenant (tests, the demo generator); returns how many more are current. */
    public long runNow() {
        long before = batches.status(false).current();
        for (UUID after = batches.next(null, BATCH); after != null; after = batches.next(after, BATCH)) {
            Thread.yield();
        }
        return batches.status(false).current() - before;
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
