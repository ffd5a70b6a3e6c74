package org.gridx.core.demo.service;

import java.time.Instant;

/**
 * How far a run is: cases of the history present (written now or by an earlier run) out of the total, the
 * phase (fieldwork, cases, figures), and its end or error.
 */
public record HistoryProgress(String state, String phase, long written, long total, long skipped, Instant startedAt,
        Instant finishedAt, String error) {

    public int percent() {
        return total == 0 ? 100 : (int) (written * 100 / total);
    }

    HistoryProgress with(String newState, String newPhase, long newWritten, long newSkipped, Instant end, String why) {
        return new HistoryProgress(newState, newPhase, newWritten, total, newSkipped, startedAt, end, why);
    }
}
