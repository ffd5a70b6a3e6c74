package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseSettings;
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

    /** A new step starts now: its own limit from the list. */
    public void enterStep(CaseFile c, Instant now) {
        c.stepStartedAt = now;
        c.overdue = false;
        c.postponementAsked = null;
        items.limit(c, c.currentState()).ifPresentOrElse(limit -> runUntil(c, now, calendar.deadline(now, limit)),
                () -> stop(c));
    }

    /** Same step, new deadline (postponement approved, escalated to a level with its own limit). */
    public void runUntil(CaseFile c, Instant now, Instant dueAt) {
        // what PostgreSQL keeps, so the timer's payload matches the deadline read back later
        Instant due = dueAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        c.dueAt = due;
        c.overdue = !due.isAfter(now);
        Map<String, String> payload = Map.of("state", c.state, "due", due.toString());
        timers.schedule(DEADLINE, c.id, due, payload);
        long span = Duration.between(now, due).toMillis();
        if (span > 0) {
            int pct = CaseSettings.current().remindAtPercent;
            timers.schedule(REMINDER, c.id, now.plusMillis(span * pct / 100), payload);
        } else {
            timers.cancel(c.id, REMINDER);
        }
    }

    public void stop(CaseFile c) {
        c.dueAt = null;
        c.overdue = false;
        timers.cancelAll(c.id);
    }
}
