package org.gridx.core.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    @Test
    void refusesOnceFullAndReopensAsEventsLeaveTheWindow() {
        SlidingWindow w = new SlidingWindow(3, Duration.ofMinutes(10));
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        w.record("1.2.3.4", t0);
        w.record("1.2.3.4", t0.plusSeconds(60));
        assertTrue(w.retryAfter("1.2.3.4", t0.plusSeconds(61)).isEmpty());
        w.record("1.2.3.4", t0.plusSeconds(120));
        assertEquals(Duration.ofSeconds(480), w.retryAfter("1.2.3.4", t0.plusSeconds(120)).orElseThrow());
        assertTrue(w.retryAfter("5.6.7.8", t0.plusSeconds(120)).isEmpty(), "other addresses are not affected");
        assertTrue(w.retryAfter("1.2.3.4", t0.plusSeconds(600)).isEmpty(), "the first event left the window");
    }
}
