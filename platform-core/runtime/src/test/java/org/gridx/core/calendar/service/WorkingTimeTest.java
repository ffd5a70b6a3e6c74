package org.gridx.core.calendar.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Working-hours arithmetic with the standard street-office week (Mon-Fri 08:30-12:00, 14:30-18:00, 7 h a
 * day) in Asia/Shanghai. 2026-11-30 is a Monday. The holiday fixture is National Day shaped like the
 * usual arrangement (1-7 October off, Saturday 10 October worked instead), not an official timetable.
 */
class WorkingTimeTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    final WorkingTime week = new WorkingTime(WorkSchedule.standard(), SHANGHAI);

    static Instant t(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    static Duration d(String iso) {
        return Duration.parse(iso);
    }

    WorkingTime withDays(Map<LocalDate, DayKind> days) {
        return new WorkingTime(new WorkSchedule(WorkSchedule.standard().week(), days), SHANGHAI);
    }

    WorkingTime nationalDay() {
        Map<LocalDate, DayKind> days = new java.util.HashMap<>();
        for (int i = 1; i <= 7; i++) {
            days.put(LocalDate.of(2026, 10, i), DayKind.HOLIDAY);
        }
        days.put(LocalDate.of(2026, 10, 10), DayKind.WORKDAY);
        return withDays(days);
    }

    @Test
    void hoursInsideOneInterval() {
        assertEquals(t("2026-11-30T10:30"), week.deadline(t("2026-11-30T10:00"), d("PT30M")));
    }

    @Test
    void aLimitThatFillsTheMorningIsDueAtNoonNotAfterLunch() {
        assertEquals(t("2026-11-30T12:00"), week.deadline(t("2026-11-30T11:30"), d("PT30M")));
    }

    @Test
    void acrossLunch() {
        assertEquals(t("2026-11-30T15:00"), week.deadline(t("2026-11-30T11:30"), d("PT1H")));
    }

    @Test
    void startDuringLunchCountsFromTheAfternoon() {
        assertEquals(t("2026-11-30T15:00"), week.deadline(t("2026-11-30T12:40"), d("PT30M")));
    }

    @Test
    void startBeforeOpeningCountsFromOpening() {
        assertEquals(t("2026-11-30T10:30"), week.deadline(t("2026-11-30T06:00"), d("PT2H")));
    }

    @Test
    void startAfterClosingCountsFromTheNextMorning() {
        assertEquals(t("2026-12-01T09:00"), week.deadline(t("2026-11-30T21:15"), d("PT30M")));
    }

    @Test
    void overnightCarriesTheRestToTheNextMorning() {
        assertEquals(t("2026-12-01T09:30"), week.deadline(t("2026-11-30T17:00"), d("PT2H")));
    }

    @Test
    void fridayEveningRunsIntoMonday() {
        assertEquals(t("2026-12-07T09:30"), week.deadline(t("2026-12-04T17:00"), d("PT2H")));
    }

    @Test
    void weekendStartCountsFromMonday() {
        assertEquals(t("2026-12-07T08:45"), week.deadline(t("2026-12-05T10:00"), d("PT15M")));
    }

    @Test
    void twelveWorkingHoursSpanMoreThanOneWorkingDay() {
        // 7 h on Monday from 08:30, 5 h more on Tuesday: 3.5 h in the morning, 1.5 h after lunch.
        assertEquals(t("2026-12-01T16:00"), week.deadline(t("2026-11-30T08:30"), d("PT12H")));
    }

    @Test
    void zeroLimitIsTheStartItself() {
        assertEquals(t("2026-12-05T10:00"), week.deadline(t("2026-12-05T10:00"), Duration.ZERO));
    }

    @Test
    void wholeDaysCountWorkingDaysAtTheSameTimeOfDay() {
        assertEquals(t("2026-12-01T10:00"), week.deadline(t("2026-11-30T10:00"), d("P1D")));
        assertEquals(t("2026-12-03T10:00"), week.deadline(t("2026-11-30T10:00"), d("P3D")));
        assertEquals(t("2026-12-03T10:00"), week.deadline(t("2026-11-30T10:00"), d("PT72H")), "PT72H is P3D");
        assertEquals(t("2026-12-07T10:00"), week.deadline(t("2026-12-04T10:00"), d("P1D")), "Friday + 1 = Monday");
        assertEquals(t("2026-12-09T10:00"), week.deadline(t("2026-11-30T10:00"), d("P7D")));
    }

    @Test
    void wholeDaysFromOutsideHoursEndAtAClose() {
        assertEquals(t("2026-12-07T18:00"), week.deadline(t("2026-12-05T10:00"), d("P1D")), "Saturday: all of Monday");
        assertEquals(t("2026-11-30T18:00"), week.deadline(t("2026-11-30T07:00"), d("P1D")), "before opening: all of today");
        assertEquals(t("2026-11-30T18:00"), week.deadline(t("2026-11-30T08:30"), d("P1D")), "at opening: the same");
        assertEquals(t("2026-12-01T18:00"), week.deadline(t("2026-11-30T19:00"), d("P1D")), "after closing: all of tomorrow");
        assertEquals(t("2026-12-01T12:00"), week.deadline(t("2026-11-30T13:00"), d("P1D")), "lunch: when the morning's hours are done");
    }

    @Test
    void daysThenHours() {
        assertEquals(t("2026-12-01T15:30"), week.deadline(t("2026-11-30T10:00"), d("PT27H")), "P1D then 3 working hours, across lunch");
    }

    @Test
    void aShorterTargetDayEndsTheLimitAtItsClose() {
        Map<DayOfWeek, List<Hours>> w = new EnumMap<>(WorkSchedule.standard().week());
        w.put(DayOfWeek.FRIDAY, List.of(Hours.of("08:30", "12:00")));
        WorkingTime shortFriday = new WorkingTime(new WorkSchedule(w, Map.of()), SHANGHAI);
        assertEquals(t("2026-12-04T12:00"), shortFriday.deadline(t("2026-12-03T16:00"), d("P1D")));
        assertEquals(t("2026-12-07T09:00"), shortFriday.deadline(t("2026-12-04T11:30"), d("PT1H")), "no Friday afternoon");
    }

    @Test
    void holidaysAreSkipped() {
        WorkingTime cal = nationalDay();
        assertEquals(t("2026-10-08T10:00"), cal.deadline(t("2026-09-30T10:00"), d("P1D")));
        assertEquals(t("2026-10-08T09:30"), cal.deadline(t("2026-09-30T17:00"), d("PT2H")));
        assertEquals(t("2026-10-08T08:45"), cal.deadline(t("2026-10-02T10:00"), d("PT15M")), "reported on a holiday");
    }

    @Test
    void anAdjustedSaturdayIsWorkedWithTheStandardHours() {
        WorkingTime cal = nationalDay();
        assertEquals(t("2026-10-10T10:00"), cal.deadline(t("2026-10-09T10:00"), d("P1D")));
        assertEquals(t("2026-10-10T09:30"), cal.deadline(t("2026-10-09T17:00"), d("PT2H")));
        assertEquals(t("2026-10-10T09:30"), cal.deadline(t("2026-10-10T07:00"), d("PT1H")));
        assertEquals(d("PT7H"), cal.elapsed(t("2026-10-10T00:00"), t("2026-10-11T00:00")));
    }

    @Test
    void aHolidayOnAWeekdayHasNoHours() {
        WorkingTime cal = withDays(Map.of(LocalDate.of(2026, 12, 1), DayKind.HOLIDAY));
        assertEquals(t("2026-12-02T09:00"), cal.deadline(t("2026-11-30T17:30"), d("PT1H")));
        assertEquals(d("PT1H"), cal.elapsed(t("2026-11-30T17:30"), t("2026-12-02T09:00")));
    }

    @Test
    void elapsedCountsOnlyWorkingTime() {
        assertEquals(d("PT7H"), week.elapsed(t("2026-11-30T00:00"), t("2026-12-01T00:00")));
        assertEquals(Duration.ZERO, week.elapsed(t("2026-12-05T00:00"), t("2026-12-07T00:00")), "a weekend");
        assertEquals(d("PT35H"), week.elapsed(t("2026-11-30T00:00"), t("2026-12-07T00:00")), "a week");
        assertEquals(d("PT1H"), week.elapsed(t("2026-11-30T11:30"), t("2026-11-30T15:00")));
        assertEquals(Duration.ZERO, week.elapsed(t("2026-11-30T12:10"), t("2026-11-30T14:20")), "lunch");
        assertEquals(d("PT-1H"), week.elapsed(t("2026-11-30T15:00"), t("2026-11-30T11:30")), "backwards is negative");
    }

    @Test
    void elapsedUndoesDeadlineForHourLimits() {
        Instant start = t("2026-11-27T06:00");
        for (int minutes = 0; minutes < 24 * 60; minutes += 37) {
            Instant s = start.plus(Duration.ofMinutes(minutes * 7L));
            for (String limit : List.of("PT1M", "PT15M", "PT30M", "PT2H", "PT4H", "PT12H", "PT23H59M")) {
                Instant due = week.deadline(s, d(limit));
                assertEquals(d(limit), week.elapsed(s, due), limit + " from " + s);
            }
        }
    }

    @Test
    void aZoneWithDaylightSavingStillCountsLocalHours() {
        WorkingTime berlin = new WorkingTime(WorkSchedule.standard(), ZoneId.of("Europe/Berlin"));
        Instant fridayEvening = LocalDateTime.parse("2026-03-27T17:00").atZone(ZoneId.of("Europe/Berlin")).toInstant();
        Instant due = berlin.deadline(fridayEvening, d("PT2H"));
        assertEquals(LocalDateTime.parse("2026-03-30T09:30"), LocalDateTime.ofInstant(due, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void naturalTimeIsPlainArithmetic() {
        assertEquals(t("2026-12-08T10:00"), NaturalTime.INSTANCE.deadline(t("2026-12-05T10:00"), d("P3D")));
        assertEquals(d("PT48H"), NaturalTime.INSTANCE.elapsed(t("2026-12-05T10:00"), t("2026-12-07T10:00")));
    }

    @Test
    void negativeLimitsAndCalendarsWithoutHoursAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> week.deadline(t("2026-11-30T10:00"), d("PT-1H")));
        assertThrows(IllegalArgumentException.class, () -> NaturalTime.INSTANCE.deadline(t("2026-11-30T10:00"), d("PT-1H")));
        WorkingTime none = new WorkingTime(new WorkSchedule(Map.of(), Map.of()), SHANGHAI);
        assertThrows(IllegalStateException.class, () -> none.deadline(t("2026-11-30T10:00"), d("PT1H")));
        assertThrows(IllegalStateException.class, () -> none.deadline(t("2026-11-30T10:00"), d("P1D")));
    }

    @Test
    void overlappingHoursAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new WorkSchedule(
                Map.of(DayOfWeek.MONDAY, List.of(Hours.of("08:00", "12:00"), Hours.of("11:00", "13:00"))), Map.of()));
        assertThrows(IllegalArgumentException.class, () -> Hours.of("12:00", "08:00"));
    }
}
