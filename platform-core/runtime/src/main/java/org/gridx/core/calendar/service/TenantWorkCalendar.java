package org.gridx.core.calendar.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.gridx.core.timer.service.WorkCalendar;

/**
 * {@link WorkCalendar} of the current tenant, as injected by the loop. Each call looks the calendar up
 * (one small query); code computing many limits at once takes {@link CalendarStore#current()} once.
 */
@ApplicationScoped
public class TenantWorkCalendar implements WorkCalendar {

    @Inject
    CalendarStore store;

    @Override
    public Instant deadline(Instant start, Duration limit) {
        return store.current().deadline(start, limit);
    }

    @Override
    public Duration elapsed(Instant from, Instant to) {
        return store.current().elapsed(from, to);
    }
}
