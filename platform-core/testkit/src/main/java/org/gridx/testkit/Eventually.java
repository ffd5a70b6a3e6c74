package org.gridx.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for what happens after commit: domain events leave through the outbox and reach observers on a
 * relay thread, so a test polls (briefly) instead of asserting at once. A condition that never holds
 * fails with what was awaited.
 */
public final class Eventually {

    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private Eventually() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, TIMEOUT, condition);
    }

    public static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 5;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s for: " + what);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
            pause = Math.min(pause * 2, 100);
        }
    }

    /** Until the relay has handed every event of {@code tenant} out once (delivered, or failed and waiting to retry). */
    public static void outboxSettled(String tenant) {
        until("the outbox of " + tenant + " to be delivered", () -> AdminSql.count(
                "SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND delivered_at IS NULL AND attempts = 0", tenant) == 0);
    }
}
