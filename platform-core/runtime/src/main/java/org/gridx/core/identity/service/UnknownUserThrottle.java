package org.gridx.core.identity.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Per client address, failed sign-ins with usernames that do not exist: no account row can hold that
 * count, so a sliding window in memory does. Once over the limit the address is refused for every
 * username, known or not, so the refusal does not tell which usernames exist.
 */
@ApplicationScoped
public class UnknownUserThrottle {

    @Inject
    LoginConfig config;

    Clock clock = Clock.systemUTC();
    private SlidingWindow window;

    @PostConstruct
    void init() {
        window = new SlidingWindow(config.ipMaxUnknown(), config.ipWindow());
    }

    public void ensureOpen(String clientAddress) {
        window.retryAfter(clientAddress, clock.instant()).ifPresent(wait -> {
            throw org.gridx.core.problem.RetryLater.after(wait);
        });
    }

    public void recordUnknown(String clientAddress) {
        window.record(clientAddress, clock.instant());
    }
}
