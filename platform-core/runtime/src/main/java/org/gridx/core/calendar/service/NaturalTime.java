package org.gridx.core.calendar.service;

import java.time.Duration;
import java.time.Instant;
import org.gridx.core.timer.service.WorkCalendar;

/** Natural hours: a limit runs around the clock, weekends and holidays included. The default calendar. */
public enum NaturalTime implements WorkCalendar {
    INSTANCE;

    @Override
    public Instant deadline(Instant start, Duration limit) {
        WorkingTime.requireLimit(limit);
        return start.plus(limit);
    }

    @Override
    public Duration elapsed(Instant from, Instant to) {
        return Duration.between(from, to);
    }
}
