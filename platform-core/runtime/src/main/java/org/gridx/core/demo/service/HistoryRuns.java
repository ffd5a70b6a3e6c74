package org.gridx.core.demo.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.demo.story.CaseSeeds;
import org.gridx.core.demo.story.Street;

/**
 * Generated histories, one at a time per tenant, in the background: field work first, then cases in
 * batches of {@value #BATCH} (each committed; a batch already written is skipped, so running again with the
 * same seed adds nothing and a stopped run resumes), each case's assessment fact projected with its batch, then
 * catch-up confirms the figures are current.
 * Progress is kept per tenant on this replica.
 */
@ApplicationScoped
public class HistoryRuns {

    static final int BATCH = 2000;
    static final int FIELD_BATCH = 20_000;

    @Inject
    StreetReader streets;
    @Inject
    HistoryBatches batches;
    @Inject
    FactCatchUp figures;
    @Inject
    TenantContext tenants;
    @Inject
    GridxClock clock;

    private final Map<String, HistoryProgress> runs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gridx-demo-history");
        t.setDaemon(true);
        return t;
    });

    public HistoryProgress progress() {
        return runs.getOrDefault(tenants.require(), new HistoryProgress("idle", null, 0, 0, 0, null, null, null));
    }

    /** Starts a run for the current tenant; 409 while one is running. The tenant is read first, so a tenant
     * that cannot have history (no published list, no grids) is told at once rather than in the progress. */
    public HistoryProgress start(HistoryInput in) {
        String tenant = tenants.require();
        Instant now = clock.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        HistoryProgress started = new HistoryProgress("running", "reading", 0, in.cases(), 0, now, null, null);
        HistoryProgress before = runs.get(tenant);
        if (before != null && "running".equals(before.state())) {
            throw ProblemException.conflict("A history is already being generated for this tenant (" + before.percent()
                    + "% done); wait for it (GET …/demo/history) before starting another.");
        }
        Street street = streets.read(in.seed(), now);
        runs.put(tenant, started);
        // each unit of work in its own callAs (its own transaction): one around the whole run would hold every
        // batch uncommitted and outlive the transaction timeout
        worker.execute(() -> run(tenant, in, street));
        return started;
    }

    private void run(String tenant, HistoryInput in, Street street) {
        try {
            update(tenant, "running", "fieldwork", 0, 0, null, null);
            long fieldRows = Math.max(in.visits(), in.appeals());
            for (long from = 0; from < fieldRows; from += FIELD_BATCH) {
                long to = from + FIELD_BATCH;
                long vFrom = Math.min(from, in.visits());
                long vTo = Math.min(to, in.visits());
                long aFrom = Math.min(from, in.appeals());
                long aTo = Math.min(to, in.appeals());
                tenants.runAs(tenant, () -> batches.fieldwork(street, in.seed(), in.days(), vFrom, vTo, aFrom, aTo));
            }
            CaseSeeds seeds = new CaseSeeds(street, in.seed(), in.days());
            long written = 0;
            long skipped = 0;
            for (long from = 0; from < in.cases(); from += BATCH) {
                long to = Math.min(in.cases(), from + BATCH);
                long first = from;
                skipped += tenants.callAs(tenant, () -> batches.cases(street, seeds, in.seed(), first, to));
                written = to;
                update(tenant, "running", "cases", written, skipped, null, null);
            }
            update(tenant, "running", "figures", written, skipped, null, null);
            tenants.runAs(tenant, figures::runNow);
            update(tenant, "done", "done", written, skipped, clock.now(), null);
        } catch (RuntimeException e) {
            Log.errorf(e, "generating history for %s stopped; start it again to resume", tenant);
            HistoryProgress p = runs.get(tenant);
            update(tenant, "failed", p.phase(), p.written(), p.skipped(), clock.now(), e.getMessage());
        }
    }

    private void update(String tenant, String state, String phase, long written, long skipped, Instant end, String error) {
        runs.computeIfPresent(tenant, (t, p) -> p.with(state, phase, written, skipped, end, error));
    }

    void stop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }
}
