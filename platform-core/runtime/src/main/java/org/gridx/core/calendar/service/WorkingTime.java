package org.gridx.core.calendar.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.gridx.core.timer.service.WorkCalendar;

/**
 * Working-hours arithmetic in one tenant's zone: a pure function of the schedule, no database, no clock.
 *
 * <p>How a limit is counted (the choice GridX makes, since lists write both {@code PT2H} and {@code P3D}):
 * <ul>
 * <li>the part of a limit below one day counts <b>working time</b>: {@code PT2H} from Monday 17:00 with
 * hours 08:30-12:00, 14:30-18:00 runs out Tuesday 09:30;</li>
 * <li>whole days ({@code P3D}, and equally {@code PT72H}: a {@link Duration} cannot tell them apart) count
 * <b>working days</b>: the limit runs out at the same point of working time that many working days later,
 * e.g. Monday 10:00 + P1D = Tuesday 10:00, Friday 10:00 + P1D = the next Monday 10:00. A start outside
 * working hours counts from the end of the last working day, so Saturday or Monday 07:00 + P1D = Monday
 * 18:00 (a full working day); a shorter target day ends the limit at its closing time;</li>
 * <li>a mix such as {@code PT36H} is one working day, then twelve working hours.</li>
 * </ul>
 * So a 12-hour limit is twelve working hours, about one and a half working days; write {@code P1D} when
 * "within the day" is meant. A deadline is the earliest instant at which the counted time reaches the
 * limit, so a limit that ends with the morning's hours is due at 12:00, not at 14:30.
 */
public final class WorkingTime implements WorkCalendar {

    /** How far to look for working hours before deciding there are none (ten years). */
    static final int MAX_DAYS = 3660;

    private final WorkSchedule schedule;
    private final ZoneId zone;

    public WorkingTime(WorkSchedule schedule, ZoneId zone) {
        this.schedule = schedule;
        this.zone = zone;
    }

    @Override
    public Instant deadline(Instant start, Duration limit) {
        requireLimit(limit);
        long days = limit.toDays();
        if (days > MAX_DAYS) {
            throw new IllegalArgumentException("a time limit of more than ten years: " + limit);
        }
        Duration rest = limit.minusDays(days);
        Instant t = days == 0 ? start : afterWorkingDays(start, days);
        return rest.isZero() ? t : afterWorkingTime(t, rest);
    }

    @Override
    public Duration elapsed(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return elapsed(to, from).negated();
        }
        Duration sum = Duration.ZERO;
        LocalDate last = LocalDate.ofInstant(to, zone);
        for (LocalDate d = LocalDate.ofInstant(from, zone); !d.isAfter(last); d = d.plusDays(1)) {
            for (Hours h : schedule.hoursOn(d)) {
                Instant a = latest(at(d, h.from()), from);
                Instant b = earliest(at(d, h.to()), to);
                if (b.isAfter(a)) {
                    sum = sum.plus(Duration.between(a, b));
                }
            }
        }
        return sum;
    }

    private Instant afterWorkingTime(Instant start, Duration amount) {
        Duration left = amount;
        LocalDate date = LocalDate.ofInstant(start, zone);
        for (int i = 0; i < MAX_DAYS; i++, date = date.plusDays(1)) {
            for (Hours h : schedule.hoursOn(date)) {
                Instant b = at(date, h.to());
                if (!b.isAfter(start)) {
                    continue;
                }
                Instant from = latest(at(date, h.from()), start);
                Duration available = Duration.between(from, b);
                if (left.compareTo(available) <= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw noHours();
    }

    private Instant afterWorkingDays(Instant start, long days) {
        LocalDate date = LocalDate.ofInstant(start, zone);
        Duration worked = elapsed(at(date, LocalTime.MIN), start);
        // No working time yet today: the start stands at the close of the last working day.
        LocalDate anchor = worked.isZero() ? step(date, -1) : date;
        Duration offset = worked.isZero() ? schedule.lengthOf(anchor) : worked;
        LocalDate target = anchor;
        for (long i = 0; i < days; i++) {
            target = step(target, 1);
        }
        return atOffset(target, offset);
    }

    /** The earliest instant of a working day at which {@code offset} of its hours have passed (its close at most). */
    private Instant atOffset(LocalDate date, Duration offset) {
        Duration left = offset;
        Instant close = null;
        for (Hours h : schedule.hoursOn(date)) {
            if (left.compareTo(h.length()) <= 0) {
                return at(date, h.from()).plus(left);
            }
            left = left.minus(h.length());
            close = at(date, h.to());
        }
        return close;
    }

    /** The next working day after (direction 1) or before (-1) {@code date}. */
    private LocalDate step(LocalDate date, int direction) {
        LocalDate d = date;
        for (int i = 0; i < MAX_DAYS; i++) {
            d = d.plusDays(direction);
            if (schedule.isWorkingDay(d)) {
                return d;
            }
        }
        throw noHours();
    }

    private Instant at(LocalDate date, LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static IllegalStateException noHours() {
        return new IllegalStateException("the working-hours calendar has no working hours within ten years");
    }

    static void requireLimit(Duration limit) {
        if (limit == null || limit.isNegative()) {
            throw new IllegalArgumentException("a time limit must be zero or more, not " + limit);
        }
    }
}
