package org.gridx.core.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock of the loop: intake times, deadlines and the timer sweep all read it, so a test can replay
 * a day (report 11:04, closed 11:51) by setting it. Only settable when {@code gridx.clock.settable} is on,
 * which only the test profile does; production always reads the system clock.
 */
@ApplicationScoped
public class GridxClock {

    @ConfigProperty(name = "gridx.clock.settable", defaultValue = "false")
    boolean settable;

    private volatile Instant fixed;

    public Instant now() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }

    public void set(Instant at) {
        guard();
        fixed = at;
    }

    public void advance(Duration by) {
        guard();
        fixed = now().plus(by);
    }

    public void reset() {
        fixed = null;
    }

    private void guard() {
        if (!settable) {
            throw new IllegalStateException("the clock is only settable in tests (gridx.clock.settable)");
        }
    }
}
