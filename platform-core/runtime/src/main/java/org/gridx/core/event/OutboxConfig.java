package org.gridx.core.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How the outbox relay delivers, retries and forgets events (see {@link OutboxRelay}). */
@ConfigMapping(prefix = "gridx.outbox")
public interface OutboxConfig {

    /** Rows one tenant's transaction claims at a time. */
    @WithDefault("100")
    int batchSize();

    /** The safety-net sweep over every active tenant; commits nudge the relay at once besides. */
    @WithDefault("PT2S")
    Duration sweepInterval();

    /**
     * How long a nudged relay waits before it claims, so the commits of that moment share one batch: under
     * steady reporting each batch costs its claim, one transaction per observer and the delivered-mark,
     * whatever its size. Live boards see an event this much later; zero delivers at once.
     */
    @WithDefault("PT0.05S")
    Duration linger();

    /** Deliveries of one event before it is left undelivered for someone to look at. */
    @WithDefault("10")
    int maxAttempts();

    /** Wait before the first retry of a failed delivery; doubled per attempt up to {@link #maxRetryDelay()}. */
    @WithDefault("PT5S")
    Duration firstRetryDelay();

    @WithDefault("PT1H")
    Duration maxRetryDelay();

    /** Delivered (and given-up) rows are deleted this long after; until then reconnecting streams replay them. */
    @WithDefault("P7D")
    Duration keep();

    /** Whether this replica runs the relay; off only for tools that must not deliver. */
    @WithDefault("true")
    boolean relay();
}
