package org.gridx.core.timer.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantDirectory;

/**
 * One pass over every active tenant, each in units of work of its own (there is no all-tenants query:
 * the application cannot see tenant rows without a tenant). Safe to run on any number of replicas at
 * once; see {@link TimerFiring} for why a timer still fires only once. Timers of a suspended tenant wait
 * until it is active again.
 */
@ApplicationScoped
public class TimerSweep {

    @Inject
    TenantDirectory directory;
    @Inject
    TimerFiring firing;
    @Inject
    GridxClock clock;
    @Inject
    TimerConfig config;

    /** Fires what is due now (by {@link GridxClock}); returns how many timers fired successfully. */
    public int sweepOnce() {
        return sweepOnce(() -> true);
    }

    /** The same, stopping between timers once {@code keepGoing} says no (the replica is shutting down). */
    int sweepOnce(BooleanSupplier keepGoing) {
        Instant now = clock.now();
        int fired = 0;
        for (String tenant : directory.activeCodes()) {
            if (!keepGoing.getAsBoolean()) {
                break;
            }
            try {
                fired += sweep(tenant, now, keepGoing);
            } catch (RuntimeException e) {
                Log.errorf(e, "the timer sweep of tenant %s failed; the other tenants go on", tenant);
            }
        }
        return fired;
    }

    private int sweep(String tenant, Instant now, BooleanSupplier keepGoing) {
        int fired = 0;
        for (int i = 0; i < config.batch() && keepGoing.getAsBoolean(); i++) {
            TimerFiring.Outcome outcome = firing.fireNext(tenant, now);
            if (outcome == TimerFiring.Outcome.NONE) {
                break;
            }
            if (outcome == TimerFiring.Outcome.FIRED) {
                fired++;
            }
        }
        return fired;
    }
}
