package org.gridx.core.timer.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.gridx.api.tenant.TenantContext;

/**
 * Fires one due timer of one tenant in a transaction of its own: claim (row lock), mark fired, run the
 * handler, commit. Because the mark and the handler's work commit together while the row is locked, no
 * other replica can fire the same timer; because each timer has its own transaction, one failing
 * handler undoes only its own work. A failure is recorded afterwards in a second transaction.
 */
@ApplicationScoped
public class TimerFiring {

    enum Outcome { NONE, FIRED, FAILED }

    @Inject
    TenantContext tenants;
    @Inject
    TimerRows rows;
    @Inject
    TimerHandlers handlers;
    @Inject
    TimerConfig config;

    Outcome fireNext(String tenant, Instant now) {
        AtomicReference<TimerRows.Claimed> firing = new AtomicReference<>();
        try {
            return tenants.callAs(tenant, () -> {
                Optional<TimerRows.Claimed> next = rows.claimNext(tenant, now);
                if (next.isEmpty()) {
                    return Outcome.NONE;
                }
                TimerRows.Claimed c = next.get();
                Optional<TimerHandler> handler = handlers.forKind(c.timer().kind());
                if (handler.isEmpty()) {
                    // Kept, not dropped: during a rolling upgrade a newer replica may know the kind.
                    Log.warnf("timer %s of tenant %s: no handler for kind '%s' on this replica; retrying later",
                            c.timer().id(), tenant, c.timer().kind());
                    rows.recordFailure(tenant, c, "no handler for kind '" + c.timer().kind() + "'", retryAt(c, now));
                    return Outcome.FAILED;
                }
                firing.set(c);
                // Marked before the handler runs, so a handler that schedules the same kind and subject again
                // (a repeating reminder) creates a new pending timer instead of updating this one.
                rows.markFired(tenant, c.timer().id(), now);
                handler.get().fire(c.timer());
                return Outcome.FIRED;
            });
        } catch (RuntimeException | Error e) {
            // Errors too (a handler's StackOverflowError, a missing class): unrecorded, the same timer would be
            // retried at once by every sweep and abort the rest of it each time. Only running out of memory
            // is left to the JVM.
            TimerRows.Claimed c = firing.get();
            if (c == null || e instanceof OutOfMemoryError) {
                throw e;
            }
            Log.warnf(e, "timer %s (%s) of tenant %s failed on attempt %d; retrying later", c.timer().id(),
                    c.timer().kind(), tenant, c.attempts() + 1);
            tenants.runAs(tenant, () -> rows.recordFailure(tenant, c, describe(e), retryAt(c, now)));
            return Outcome.FAILED;
        }
    }

    private Instant retryAt(TimerRows.Claimed c, Instant now) {
        return now.plus(Backoff.after(c.attempts() + 1, config.backoff(), config.maxBackoff()));
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + ": " + root.getMessage();
        return text.length() <= 2000 ? text : text.substring(0, 2000);
    }
}
