package org.gridx.core.calendar.service;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which hours are working hours on a given date: the weekly schedule, overridden by listed holidays and
 * adjusted working days (调休). An adjusted working day has the hours of the standard working day, the
 * first day of the week (Monday first) that has hours: in China a swapped Saturday is worked as a
 * normal weekday, and the tenant's schedule does not say which weekday it stands for.
 */
public final class WorkSchedule {

    private final Map<DayOfWeek, List<Hours>> week = new EnumMap<>(DayOfWeek.class);
    private final Map<LocalDate, DayKind> days;
    private final List<Hours> standardDay;

    public WorkSchedule(Map<DayOfWeek, List<Hours>> week, Map<LocalDate, DayKind> days) {
        for (DayOfWeek d : DayOfWeek.values()) {
            List<Hours> hours = new ArrayList<>(week.getOrDefault(d, List.of()));
            hours.sort(Comparator.comparing(Hours::from));
            for (int i = 1; i < hours.size(); i++) {
                if (hours.get(i).from().isBefore(hours.get(i - 1).to())) {
                    throw new IllegalArgumentException("overlapping hours on " + d + ": " + hours);
                }
            }
            this.week.put(d, List.copyOf(hours));
        }
        this.days = Map.copyOf(days);
        this.standardDay = this.week.values().stream().filter(h -> !h.isEmpty()).findFirst().orElse(List.of());
    }

    /** Monday to Friday, 08:30-12:00 and 14:30-18:00: the usual hours of a street office. */
    public static WorkSchedule standard() {
        List<Hours> day = List.of(Hours.of("08:30", "12:00"), Hours.of("14:30", "18:00"));
        Map<DayOfWeek, List<Hours>> week = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            week.put(d, day);
        }
        return new WorkSchedule(week, Map.of());
    }

    public List<Hours> hoursOn(LocalDate date) {
        DayKind kind = days.get(date);
        if (kind == DayKind.HOLIDAY) {
            return List.of();
        }
        List<Hours> regular = week.get(date.getDayOfWeek());
        return kind == DayKind.WORKDAY && regular.isEmpty() ? standardDay : regular;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !hoursOn(date).isEmpty();
    }

    public Duration lengthOf(LocalDate date) {
        return hoursOn(date).stream().map(Hours::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** Whether any week has working hours at all (a working-hours calendar without them could never run out). */
    public boolean hasWeeklyHours() {
        return !standardDay.isEmpty();
    }

    public Map<DayOfWeek, List<Hours>> week() {
        return week;
    }

    public Map<LocalDate, DayKind> days() {
        return days;
    }
}
