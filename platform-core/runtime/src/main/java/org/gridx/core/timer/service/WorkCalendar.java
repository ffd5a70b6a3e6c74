package org.gridx.core.timer.service;

import java.time.Duration;
import java.time.Instant;

/**
 * The current tenant's clock for time limits: natural hours, or working hours with the tenant's weekly
 * schedule, public holidays and adjusted working days (调休).
 */
public interface WorkCalendar {

    /** When a limit of {@code limit} counted from {@code start} runs out. */
    Instant deadline(Instant start, Duration limit);

    /** Counted time between two instants (working time in working-hours mode). */
    Duration elapsed(Instant from, Instant to);
}
