package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.tenancy.db.SqlWrite;
import org.gridx.core.timer.service.Timers;
import org.gridx.core.timer.service.WorkCalendar;

/**
 * The clock of each step: entering a step starts its limit (in the tenant's natural or working hours) and
 * schedules two durable timers — a reminder part-way and the deadline itself. Leaving the loop cancels them.
 */
@ApplicationScoped
public class CaseDeadlines {

    public static final String DEADLINE = "case.deadline";
    public static final String REMINDER = "case.remind";

    @Inject
    CaseItems items;
    @Inject
    WorkCalendar calendar;
    @Inject
    Timers timers;
    @Inject
    LoopSettings settings;

    /** A new step starts now: its own limit from the list. */
    public void enterStep(CaseFile c, Instant now) {
        plan(c, now);
        arm(c, now);
    }

    /** The step's fields only (a new case is planned before it is written, armed after). */
    public void plan(CaseFile c, Instant now) {
        c.stepStartedAt = now;
        c.overdue = false;
        c.postponementAsked = null;
        c.dueAt = items.limit(c, c.currentState()).map(limit -> micros(calendar.deadline(now, limit))).orElse(null);
    }

    /** The step's timers, for the deadline the case now carries. */
    public void arm(CaseFile c, Instant now) {
        if (c.dueAt == null) {
            stop(c);
        } else {
            runUntil(c, now, c.dueAt);
        }
    }

    /**
     * A new case's first timers, as a write for intake to send with the case (one statement); empty when its
     * first step has no limit. A case not yet written has no timers, so there is nothing to cancel.
     */
    public Optional<SqlWrite> firstTimers(CaseFile c, Instant now) {
        if (c.dueAt == null) {
            return Optional.empty();
        }
        c.overdue = !c.dueAt.isAfter(now);
        return timers.scheduling(c.id, due(c, now), payload(c));
    }

    /** Same step, new deadline (postponement approved, escalated to a level with its own limit). */
    public void runUntil(CaseFile c, Instant now, Instant dueAt) {
        c.dueAt = micros(dueAt);
        c.overdue = !c.dueAt.isAfter(now);
        Map<String, Instant> due = due(c, now);
        timers.schedule(c.id, due, payload(c));
        if (!due.containsKey(REMINDER)) {
            timers.cancel(c.id, REMINDER);
        }
    }

    /** The deadline, and a reminder part-way unless the limit has already passed. */
    private Map<String, Instant> due(CaseFile c, Instant now) {
        long span = Duration.between(now, c.dueAt).toMillis();
        if (span <= 0) {
            return Map.of(DEADLINE, c.dueAt);
        }
        int pct = settings.get().remindAtPercent;
        return Map.of(DEADLINE, c.dueAt, REMINDER, now.plusMillis(span * pct / 100));
    }

    private static Map<String, String> payload(CaseFile c) {
        return Map.of("state", c.state, "due", c.dueAt.toString());
    }

    /** What PostgreSQL keeps, so a timer's payload matches the deadline read back later. */
    private static Instant micros(Instant i) {
        return i.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public void stop(CaseFile c) {
        c.dueAt = null;
        c.overdue = false;
        timers.cancelAll(c.id);
    }
}
