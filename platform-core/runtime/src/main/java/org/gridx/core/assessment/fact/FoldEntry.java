package org.gridx.core.assessment.fact;

import java.time.Instant;

/** One timeline entry as the fold needs it: when, which move, and the limit it put on record (or null). */
public record FoldEntry(int seq, Instant at, String action, String fromState, String toState, Instant due, Integer rating) {
}
