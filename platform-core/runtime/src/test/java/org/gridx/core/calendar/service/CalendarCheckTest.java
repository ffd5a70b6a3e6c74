package org.gridx.core.calendar.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CalendarCheckTest {

    static final List<CalendarInput.Span> HOURS = List.of(new CalendarInput.Span("08:30", "12:00"), new CalendarInput.Span("14:30", "18:00"));

    static List<String> pointers(CalendarInput in) {
        ProblemException e = assertThrows(ProblemException.class, () -> CalendarCheck.check(in));
        assertEquals(422, e.problem().status());
        return e.problem().errors().stream().map(FieldProblem::pointer).toList();
    }

    @Test
    void aMissingWeekIsTheStandardOne() {
        CalendarCheck.Checked c = CalendarCheck.check(new CalendarInput("working", null, null));
        assertEquals(Duration.ofHours(7), c.schedule().lengthOf(LocalDate.of(2026, 11, 30)));
        assertEquals(Duration.ZERO, c.schedule().lengthOf(LocalDate.of(2026, 12, 5)));
        assertTrue(c.days().isEmpty());
    }

    @Test
    void daysAreSortedAndNotesTrimmed() {
        CalendarCheck.Checked c = CalendarCheck.check(new CalendarInput("working", Map.of("mon", HOURS), List.of(
                new CalendarInput.Day("2026-10-10", "workday", " 国庆调休 "), new CalendarInput.Day("2026-10-01", "holiday", ""))));
        assertEquals(List.of("2026-10-01", "2026-10-10"), c.days().stream().map(CalendarInput.Day::day).toList());
        assertEquals("国庆调休", c.days().get(1).note());
        assertEquals(null, c.days().get(0).note());
        assertEquals(DayKind.WORKDAY, c.schedule().days().get(LocalDate.of(2026, 10, 10)));
        assertEquals(Duration.ofHours(7), c.schedule().lengthOf(LocalDate.of(2026, 10, 10)), "a 调休 Saturday has Monday's hours");
    }

    @Test
    void touchingStretchesAreFineOverlappingOrUnorderedAreNot() {
        CalendarCheck.check(new CalendarInput("working", Map.of("mon", List.of(new CalendarInput.Span("08:00", "12:00"),
                new CalendarInput.Span("12:00", "13:00"))), null));
        assertEquals(List.of("/week/mon/1/from"), pointers(new CalendarInput("working", Map.of("mon", List.of(
                new CalendarInput.Span("14:30", "18:00"), new CalendarInput.Span("08:30", "12:00"))), null)));
        assertEquals(List.of("/week/mon/1/from"), pointers(new CalendarInput("working", Map.of("mon", List.of(
                new CalendarInput.Span("08:30", "12:00"), new CalendarInput.Span("11:59", "18:00"))), null)));
    }

    @Test
    void timesAreHoursAndMinutesWithinOneDay() {
        for (String bad : new String[] {"8:30", "24:00", "08:60", "0830", "08:30:00", "", "noon"}) {
            assertEquals(List.of("/week/mon/0/from"), pointers(new CalendarInput("working",
                    Map.of("mon", List.of(new CalendarInput.Span(bad, "23:59"))), null)), bad);
        }
        assertEquals(List.of("/week/mon/0/to"), pointers(new CalendarInput("working",
                Map.of("mon", List.of(new CalendarInput.Span("18:00", "08:30"))), null)), "no night shifts across midnight");
        assertEquals(List.of("/week/mon/0"), pointers(new CalendarInput("working", Map.of("mon", java.util.Arrays.asList(
                (CalendarInput.Span) null)), null)));
    }

    @Test
    void limitsOnSizes() {
        List<CalendarInput.Span> seven = new ArrayList<>();
        for (int h = 1; h <= 7; h++) {
            seven.add(new CalendarInput.Span(String.format("%02d:00", h * 2), String.format("%02d:30", h * 2)));
        }
        assertEquals(List.of("/week/mon"), pointers(new CalendarInput("working", Map.of("mon", seven), null)));
        List<CalendarInput.Day> many = new ArrayList<>();
        for (int i = 0; i <= CalendarDaysCheck.MAX_DAYS; i++) {
            many.add(new CalendarInput.Day(LocalDate.of(2026, 1, 1).plusDays(i).toString(), "holiday", null));
        }
        assertEquals(List.of("/days"), pointers(new CalendarInput("natural", null, many)));
        assertEquals(List.of("/days/0/note"), pointers(new CalendarInput("natural", null,
                List.of(new CalendarInput.Day("2026-10-01", "holiday", "长".repeat(101))))));
    }

    @Test
    void datesAreRealAndInThisCentury() {
        for (String bad : new String[] {"2026-02-29", "2026-13-01", "1999-12-31", "2100-01-01", "20261001", "2026-1-1", null}) {
            assertEquals(List.of("/days/0/day"), pointers(new CalendarInput("natural", null,
                    List.of(new CalendarInput.Day(bad, "holiday", null)))), String.valueOf(bad));
        }
        CalendarCheck.check(new CalendarInput("natural", null, List.of(new CalendarInput.Day("2028-02-29", "holiday", null))));
    }

    @Test
    void aNaturalCalendarMayHaveNoWeeklyHoursButAWorkingOneMayNot() {
        CalendarCheck.check(new CalendarInput("natural", Map.of(), null));
        assertEquals(List.of("/week"), pointers(new CalendarInput("working", Map.of("sat", List.of()), null)));
        assertEquals(List.of("/mode"), pointers(new CalendarInput(null, null, null)));
    }

    @Test
    void keysNameTheDaysOfTheWeek() {
        assertEquals("mon", CalendarCheck.key(DayOfWeek.MONDAY));
        assertEquals("sun", CalendarCheck.key(DayOfWeek.SUNDAY));
    }
}
