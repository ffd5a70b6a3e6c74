package org.gridx.core.open311.service;

import java.time.Duration;
import java.time.Instant;

/**
 * The date range of a query: GeoReport's rule is "the last 90 days unless told otherwise, and never more
 * than 90 days at once", which keeps every answer bounded however old the tenant's records grow.
 */
final class Open311Window {

    private Open311Window() {
    }

    static Instant[] of(Instant start, Instant end, Instant now, Duration max) {
        Instant e = end != null ? end : start != null ? start.plus(max) : now;
        Instant s = start != null ? start : e.minus(max);
        if (s.isAfter(e)) {
            throw Open311Exception.badRequest("start_date is after end_date; swap them or leave one out.");
        }
        if (Duration.between(s, e).compareTo(max) > 0) {
            throw Open311Exception.badRequest("start_date to end_date spans more than " + max.toDays()
                    + " days; ask for at most " + max.toDays() + " days at a time.");
        }
        return new Instant[] {s, e};
    }
}
