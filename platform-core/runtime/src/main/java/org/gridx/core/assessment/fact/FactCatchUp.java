package org.gridx.core.assessment.fact;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gridx.api.tenant.TenantContext;

/**
 * Long work on the figures, in the background with progress: catch-up projects every case whose fact is
 * missing or behind, in batches of {@value #BATCH} (each committed, so stopping loses nothing and running
 * it again resumes where it stopped); rebuild forgets the tenant's figures first. Progress is read from
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
                    tenants.runAs(tenant, () -> {
                        if (rebuild) {
                            batches.forget();
                        }
                        while (batches.next(BATCH) > 0) {
                            Thread.yield();
                        }
                    });
                } catch (RuntimeException e) {
                    Log.errorf(e, "catch-up of case facts for %s stopped; start it again to resume", tenant);
                } finally {
                    running.remove(tenant);
                }
            });
        }
        return status();
    }

    /** Catches up now, on the caller's thread (tests, the demo generator); returns the cases projected. */
    public long runNow() {
        long n = 0;
        for (int done; (done = batches.next(BATCH)) > 0; ) {
            n += done;
        }
        return n;
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
