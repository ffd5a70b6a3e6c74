package org.gridx.app.timer;

import static org.gridx.app.timer.TimerFixture.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.timer.service.TimerSweep;
import org.gridx.core.timer.service.Timers;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Several replicas sweeping one database at once, simulated: four threads of this application run
 * {@link TimerSweep#sweepOnce()} at the same moment, each through its own pooled connections and
 * transactions, which is all a second replica would add as far as PostgreSQL can tell (a replica shares
 * nothing else with another: no in-memory lock, no leader). Booting a second real application instance
 * against the same database would cost another full Quarkus start in the test run for no extra coverage
 * of the part that matters, the row locks. Every one of 200 timers in two tenants must fire exactly once.
 */
@QuarkusTest
class TimerReplicaRaceTest {

    static final int PER_TENANT = 100;
    static final int REPLICAS = 4;

    @Inject
    TenantContext tenants;
    @Inject
    Timers timers;
    @Inject
    TimerSweep sweep;
    @Inject
    GridxClock clock;
    @Inject
    CountingTimerHandler counting;

    @AfterEach
    void realClock() {
        clock.reset();
    }

    @Test
    void twoHundredTimersInTwoTenantsFireExactlyOnceUnderFourConcurrentSweeps() throws Exception {
        String a = AdminSql.tenant(Codes.tenant("race-a"));
        String b = AdminSql.tenant(Codes.tenant("race-b"));
        for (String tenant : List.of(a, b)) {
            tenants.runAs(tenant, () -> {
                for (int i = 0; i < PER_TENANT; i++) {
                    timers.schedule(CountingTimerHandler.KIND, UUID.randomUUID(), T0.minusSeconds(i), Map.of("sleepMs", "2"));
                }
            });
        }
        clock.set(T0);

        ExecutorService replicas = Executors.newFixedThreadPool(REPLICAS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int r = 0; r < REPLICAS; r++) {
            runs.add(replicas.submit(() -> {
                go.await();
                int fired = 0;
                for (int n = sweep.sweepOnce(); n > 0; n = sweep.sweepOnce()) {
                    fired += n;
                }
                return fired;
            }));
        }
        go.countDown();
        replicas.shutdown();
        assertTrue(replicas.awaitTermination(2, TimeUnit.MINUTES), "the sweeps finished");
        int firedByAll = 0;
        for (Future<Integer> run : runs) {
            firedByAll += run.get();
        }

        var rows = AdminSql.query("SELECT id, fired_at, attempts FROM timer WHERE tenant_id IN (?, ?)", a, b);
        assertEquals(2 * PER_TENANT, rows.size());
        java.util.Set<String> firingThreads = new java.util.HashSet<>();
        for (var row : rows) {
            UUID id = (UUID) row.get("id");
            assertEquals(1, counting.firingsOf(id), "firings of " + id);
            assertEquals(1, row.get("attempts"), "attempts of " + id);
            assertTrue(row.get("fired_at") != null, "fired " + id);
            firingThreads.add(counting.thread(id));
        }
        // 200 firings of at least 2 ms each: the sweeps overlapped, or this test raced nothing.
        assertTrue(firingThreads.size() > 1, "fired by " + firingThreads);
        assertTrue(firedByAll >= 2 * PER_TENANT, "the sweeps report what they fired: " + firedByAll);
        assertTrue(counting.wrongTenant().isEmpty(), counting.wrongTenant().toString());
    }
}
