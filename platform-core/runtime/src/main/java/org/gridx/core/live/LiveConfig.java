package org.gridx.core.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Live streams (see {@link LiveResource}). */
@ConfigMapping(prefix = "gridx.live")
public interface LiveConfig {

    /** A comment line this often keeps proxies from closing an idle stream and finds streams that went away. */
    @WithDefault("PT20S")
    Duration keepAlive();

    /** How long a browser waits before reconnecting, told to it in the stream's first line. */
    @WithDefault("PT3S")
    Duration retry();

    /** Events a reconnecting stream may replay; past that it is told to reload instead. */
    @WithDefault("500")
    int replayMax();

    /** Open streams per replica; more are refused with 503 so the replica stays responsive. */
    @WithDefault("5000")
    int maxStreams();

    /** Whether this replica listens for live signals (a dedicated database connection). */
    @WithDefault("true")
    boolean listen();
}
