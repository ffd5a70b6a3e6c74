package org.gridx.core.open311.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Open311's dates: W3C date-times with an offset. Answers are written in the tenant's own zone (a resident
 * reads 11:04+08:00, not 03:04Z); query dates are read with an offset or Z, or as a plain date, which then
 * means midnight in the tenant's zone.
 */
public final class Open311Time {

    private Open311Time() {
    }

    public static String format(Instant at, ZoneId zone) {
        return at == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime());
    }

    /** The parameter {@code name} as an instant; null when absent; a 400 saying the format when unreadable. */
    public static Instant parse(String value, String name, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v).atStartOfDay(zone).toInstant() : OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Exception.badRequest(name + " '" + v + "' is not a W3C date-time: send e.g. 2026-11-29T08:00:00+08:00, "
                    + "2026-11-29T00:00:00Z or 2026-11-29.");
        }
    }
}
