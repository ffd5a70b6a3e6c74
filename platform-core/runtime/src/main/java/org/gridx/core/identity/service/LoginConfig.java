package org.gridx.core.identity.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Throttling of password guessing (see {@link LoginLock} and {@link UnknownUserThrottle}). */
@ConfigMapping(prefix = "gridx.login")
public interface LoginConfig {

    /** Consecutive failures an account tolerates before it is locked. */
    @WithDefault("5")
    int maxFailures();

    @WithDefault("PT1M")
    Duration firstLock();

    @WithDefault("PT1H")
    Duration maxLock();

    /** Failed sign-ins with unknown usernames one client address may make per {@link #ipWindow()}. */
    @WithDefault("30")
    int ipMaxUnknown();

    @WithDefault("PT10M")
    Duration ipWindow();
}
