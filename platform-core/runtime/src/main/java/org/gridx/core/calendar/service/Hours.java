package org.gridx.core.calendar.service;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** One stretch of working hours within a day, {@code [from, to)} in the tenant's local time. */
public record Hours(LocalTime from, LocalTime to) {

    static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public Hours {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("working hours must end after they start: " + from + "-" + to);
        }
    }

    public static Hours of(String from, String to) {
        return new Hours(LocalTime.parse(from, HH_MM), LocalTime.parse(to, HH_MM));
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    public String fromText() {
        return from.format(HH_MM);
    }

    public String toText() {
        return to.format(HH_MM);
    }
}
