package org.gridx.core.resident.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridx.core.identity.service.SlidingWindow;
import org.gridx.core.problem.RetryLater;

/**
 * Registration is open to anyone, so each client address gets a few attempts per tenant and window (every
 * attempt counts, also refused ones, so it cannot be used to probe usernames quickly either).
 */
@ApplicationScoped
public class RegistrationThrottle {

    @ConfigProperty(name = "gridx.registration.max-per-address", defaultValue = "10")
    int max;
    @ConfigProperty(name = "gridx.registration.window", defaultValue = "PT10M")
    Duration window;

    Clock clock = Clock.systemUTC();
    private SlidingWindow attempts;

    @PostConstruct
    void init() {
        attempts = new SlidingWindow(max, window);
    }

    /** Counts this attempt, or refuses it with 429 and Retry-After while the address is over its limit. */
    public void attempt(String tenant, String clientAddress) {
        String key = tenant + "|" + clientAddress;
        attempts.retryAfter(key, clock.instant()).ifPresent(wait -> {
            throw RetryLater.after(wait, "Too many registrations from your address.");
        });
        attempts.record(key, clock.instant());
    }
}
