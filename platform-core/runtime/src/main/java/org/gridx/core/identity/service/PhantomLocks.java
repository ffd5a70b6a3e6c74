package org.gridx.core.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lock state for usernames that have no account, kept in memory under the same rules as a real account's
 * row. Without it, five wrong guesses would lock a real account (429) but not a made-up one (401), and the
 * difference would tell which usernames exist. Bounded: entries that have unlocked are dropped when full.
 */
@ApplicationScoped
public class PhantomLocks {

    static final int MAX_ENTRIES = 100_000;

    private record State(int failures, Instant lockedUntil) {
    }

    private final Map<String, State> states = new ConcurrentHashMap<>();

    @Inject
    LoginLock lock;

    Clock clock = Clock.systemUTC();

    public void ensureOpen(String tenant, String username) {
        State s = states.get(key(tenant, username));
        if (s != null) {
            lock.ensureOpen(s.lockedUntil, clock.instant());
        }
    }

    public void recordFailure(String tenant, String username) {
        Instant now = clock.instant();
        if (states.size() >= MAX_ENTRIES) {
            states.values().removeIf(s -> s.lockedUntil == null || s.lockedUntil.isBefore(now));
        }
        states.compute(key(tenant, username), (k, s) -> {
            int failures = (s == null ? 0 : s.failures) + 1;
            return new State(failures, lock.lockAfter(failures, now));
        });
    }

    private static String key(String tenant, String username) {
        return tenant + "\u0000" + username;
    }
}
