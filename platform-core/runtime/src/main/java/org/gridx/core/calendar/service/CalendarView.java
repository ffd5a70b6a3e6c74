package org.gridx.core.calendar.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The tenant's calendar as {@code GET /api/t/{tenant}/calendar} shows it. {@code zone} is the tenant's
 * time zone, in which the hours are read (set with the tenant, not here); {@code configured} is false
 * while the tenant runs on the default (natural hours, with the standard week shown as a starting point).
 */
public record CalendarView(String mode, String zone, Map<String, List<CalendarInput.Span>> week,
        List<CalendarInput.Day> days, boolean configured, Instant updatedAt, String updatedBy) {
}
