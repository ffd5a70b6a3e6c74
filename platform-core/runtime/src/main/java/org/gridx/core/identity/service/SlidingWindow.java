package org.gridx.core.identity.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts events per key over the last {@code window}; once {@code max} are inside it, says how long to
 * wait. In memory and per replica: it only has to slow one client down, not hold across restarts.
 */
public class SlidingWindow {

    /** Bound on tracked keys, so a flood of addresses cannot exhaust memory; beyond it we start over. */
    static final int MAX_KEYS = 100_000;

    private final int max;
    private final Duration window;
    private final Map<String, Deque<Instant>> events = new ConcurrentHashMap<>();

    public SlidingWindow(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    public Optional<Duration> retryAfter(String key, Instant now) {
        Deque<Instant> d = events.get(key);
        if (d == null) {
            return Optional.empty();
        }
        synchronized (d) {
            prune(d, now);
            return d.size() < max ? Optional.empty() : Optional.of(Duration.between(now, d.peekFirst().plus(window)));
        }
    }

    public void record(String key, Instant now) {
        if (events.size() >= MAX_KEYS) {
            events.clear();
        }
        Deque<Instant> d = events.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (d) {
            prune(d, now);
            d.addLast(now);
        }
    }

    private void prune(Deque<Instant> d, Instant now) {
        while (!d.isEmpty() && !d.peekFirst().plus(window).isAfter(now)) {
            d.removeFirst();
        }
    }
}
