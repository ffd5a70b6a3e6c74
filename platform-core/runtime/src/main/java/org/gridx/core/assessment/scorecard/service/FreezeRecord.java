package org.gridx.core.assessment.scorecard.service;

import java.time.Instant;

/** That a month's scorecards are published: when, by whom, why (the reason of the latest freeze), how often. */
public record FreezeRecord(Instant frozenAt, String frozenBy, String reason, int times) {
}
