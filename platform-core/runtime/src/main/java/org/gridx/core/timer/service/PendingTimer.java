package org.gridx.core.timer.service;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A timer that has not fired yet, for showing what is coming ("reminder at 15:00") and for checks. */
public record PendingTimer(UUID id, String kind, UUID subjectId, Instant dueAt, Map<String, String> payload,
        int attempts, String lastError, Instant nextTryAt) {
}
