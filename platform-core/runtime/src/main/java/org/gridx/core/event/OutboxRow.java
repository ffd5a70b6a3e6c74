package org.gridx.core.event;

import java.time.Instant;
import java.util.Set;

/**
 * One row of {@code outbox_event}. {@code retryOnly} names the observers that failed last time (empty on
 * a first delivery), so a retry does not hand the event again to those that already took it.
 */
public record OutboxRow(long seq, String tenant, String type, String liveType, String payload, Instant createdAt,
        int attempts, Set<String> retryOnly) {
}
