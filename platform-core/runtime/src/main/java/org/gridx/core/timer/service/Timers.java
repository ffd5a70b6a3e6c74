package org.gridx.core.timer.service;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gridx.core.tenancy.db.SqlWrite;

/**
 * Durable timers of the current tenant: rows in PostgreSQL written in the caller's transaction (so a
 * rolled-back change schedules nothing) and fired once by whichever replica's sweep locks them first.
 */
public interface Timers {

    /** Schedules a timer; an earlier one of the same kind for the same subject is replaced. */
    void schedule(String kind, UUID subjectId, Instant dueAt, Map<String, String> payload);

    /**
     * Schedules timers of several kinds for one subject, sharing a payload, in one statement (a case's
     * deadline and its reminder on every step it enters); each kind replaces an earlier one.
     */
    void schedule(UUID subjectId, Map<String, Instant> dueByKind, Map<String, String> payload);

    /**
     * The same schedule as a write not yet sent, for a caller that sends it with its own rows as one statement
     * (a new case and its first timers); empty when there is nothing to schedule.
     */
    Optional<SqlWrite> scheduling(UUID subjectId, Map<String, Instant> dueByKind, Map<String, String> payload);

    /** Cancels the subject's pending timers of one kind. */
    void cancel(UUID subjectId, String kind);

    /** Cancels every pending timer of the subject. */
    void cancelAll(UUID subjectId);
}
