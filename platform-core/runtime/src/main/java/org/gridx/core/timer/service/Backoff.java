package org.gridx.core.timer.service;

import java.time.Duration;

/** Exponential backoff: {@code first}, twice that, four times, … capped at {@code max}. */
final class Backoff {

    private Backoff() {
    }

    /** The wait after the {@code attempts}-th failed attempt (1 for the first failure). */
    static Duration after(int attempts, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) < 0 ? wait : max;
    }
}
