package org.gridx.core.timer.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link TimerSweep} every {@code gridx.timers.every} on one background thread of this replica
 * (a plain executor: quarkus-scheduler is not part of the build, and one fixed-delay loop needs no more).
 * Fixed delay, so sweeps never overlap on a replica; replicas overlapping each other is what the row
 * locks are for. Off when {@code gridx.timers.enabled=false} (the tests sweep by hand).
 */
@ApplicationScoped
public class TimerSweepSchedule {

    @Inject
    TimerSweep sweep;
    @Inject
    TimerConfig config;
    @Inject
    FiredTimerRetention retention;

    private ScheduledExecutorService executor;
    private volatile boolean stopping;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            Log.info("timer sweep is off on this replica (gridx.timers.enabled=false)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gridx-timer-sweep");
            t.setDaemon(true);
            return t;
        });
        long every = config.every().toMillis();
        if (every <= 0) {
            throw new IllegalStateException("gridx.timers.every must be a positive duration such as PT5S, not " + config.every());
        }
        executor.scheduleWithFixedDelay(this::sweepQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        if (executor != null) {
            // A sweep in progress finishes the timer it is firing (its transaction is not cut) and stops.
            stopping = true;
            executor.shutdown();
            executor.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private void sweepQuietly() {
        try {
            sweep.sweepOnce(() -> !stopping);
            if (!stopping) {
                retention.pruneWhenDue();
            }
        } catch (RuntimeException | Error e) {
            // Anything thrown out of here would silently cancel every later run of the scheduled task.
            Log.error("the timer sweep failed; trying again at the next interval", e);
        }
    }
}
