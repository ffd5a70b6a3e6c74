package org.gridx.core.timer.service;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A timer that has come due, as handed to its {@link TimerHandler}. */
public record DueTimer(UUID id, String tenantId, String kind, UUID subjectId, Instant dueAt, Map<String, String> payload) {
}
