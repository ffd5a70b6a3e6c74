package org.gridx.core.calendar.service;

import java.util.List;
import java.util.Map;

/**
 * A tenant's calendar as sent to {@code PUT /api/t/{tenant}/calendar}; the whole calendar is replaced.
 * Checked by {@link CalendarCheck}, which names every wrong field at once.
 *
 * @param mode {@code natural} (limits run around the clock) or {@code working} (only working hours count)
 * @param week hours per weekday, keys {@code mon} … {@code sun}; a missing day has no hours; a missing week
 *        is the standard one (Mon–Fri 08:30–12:00, 14:30–18:00)
 * @param days holidays and adjusted working days (调休)
 */
public record CalendarInput(String mode, Map<String, List<Span>> week, List<Day> days) {

    /** Working hours from {@code from} to {@code to}, both {@code HH:mm} in the tenant's zone. */
    public record Span(String from, String to) {
    }

    /** A date ({@code YYYY-MM-DD}) that is a {@code holiday} or an adjusted {@code workday}, with an optional note. */
    public record Day(String day, String kind, String note) {
    }
}
