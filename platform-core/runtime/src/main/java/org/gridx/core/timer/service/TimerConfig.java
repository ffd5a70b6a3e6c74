package org.gridx.core.timer.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The timer sweep: how often it runs on each replica, how much it fires per tenant, how it retries. */
@ConfigMapping(prefix = "gridx.timers")
public interface TimerConfig {

    /** Whether this replica sweeps periodically; tests turn it off and call {@link TimerSweep#sweepOnce()}. */
    @WithDefault("true")
    boolean enabled();

    /** Pause between the end of one sweep and the start of the next. */
    @WithDefault("PT5S")
    Duration every();

    /** At most this many timers fired per tenant per sweep, so one busy tenant cannot starve the others. */
    @WithDefault("100")
    int batch();

    /** Wait before the first retry of a timer whose handler failed; doubled for each further failure. */
    @WithDefault("PT30S")
    Duration backoff();

    /** The longest wait between retries; a timer that keeps failing is retried this often, forever. */
    @WithDefault("PT1H")
    Duration maxBackoff();

    /** How long a fired timer stays (what fired when, for support), before the sweep deletes it. */
    @WithDefault("P30D")
    Duration keepFired();
}
