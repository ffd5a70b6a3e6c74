package org.gridx.core.timer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromTheFirstWaitUpToTheCap() {
        Duration first = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);
        assertEquals(Duration.ofSeconds(30), Backoff.after(1, first, max));
        assertEquals(Duration.ofSeconds(60), Backoff.after(2, first, max));
        assertEquals(Duration.ofSeconds(120), Backoff.after(3, first, max));
        assertEquals(Duration.ofSeconds(1920), Backoff.after(7, first, max));
        assertEquals(max, Backoff.after(8, first, max));
        assertEquals(max, Backoff.after(Integer.MAX_VALUE, first, max), "no overflow after many failures");
    }
}
