package org.gridx.core.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.gridx.core.problem.RetryLater;

/**
 * The per-account lock: after {@code maxFailures} consecutive failures the account is locked for
 * {@code firstLock}, doubling with every further failure up to {@code maxLock}. The state lives in the
 * account row (failed_logins, locked_until), so every replica enforces the same lock.
 */
@ApplicationScoped
public class LoginLock {

    @Inject
    LoginConfig config;

    /** Refuses with 429 while {@code lockedUntil} lies in the future. */
    public void ensureOpen(Instant lockedUntil, Instant now) {
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            throw RetryLater.after(Duration.between(now, lockedUntil));
        }
    }

    /** When the account unlocks after its {@code failures}-th consecutive failure; null when not locked. */
    public Instant lockAfter(int failures, Instant now) {
        int over = failures - config.maxFailures();
        if (over < 0) {
            return null;
        }
        Duration lock = config.firstLock().multipliedBy(1L << Math.min(over, 20));
        return now.plus(lock.compareTo(config.maxLock()) > 0 ? config.maxLock() : lock);
    }
}
