package org.gridx.core.calendar.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.problem.Problem.FieldProblem;

/** Checks the listed days of a calendar (holidays, 调休): real dates of this century, each listed once. */
final class CalendarDaysCheck {

    static final int MAX_DAYS = 1000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    private CalendarDaysCheck() {
    }

    static List<CalendarInput.Day> days(List<CalendarInput.Day> in, Map<LocalDate, DayKind> kinds, List<FieldProblem> problems) {
        if (in.size() > MAX_DAYS) {
            problems.add(new FieldProblem("/days", "at most " + MAX_DAYS + " dates; drop the years that are over"));
            return List.of();
        }
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<CalendarInput.Day> days = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            String at = "/days/" + i;
            CalendarInput.Day d = in.get(i);
            if (d == null) {
                problems.add(new FieldProblem(at, "give the date as {\"day\": \"2026-10-01\", \"kind\": \"holiday\"}"));
                continue;
            }
            LocalDate date = date(d.day(), at + "/day", problems);
            boolean kindOk = "holiday".equals(d.kind()) || "workday".equals(d.kind());
            if (!kindOk) {
                problems.add(new FieldProblem(at + "/kind", "use holiday (no working hours that day) or workday "
                        + "(调休: worked with the standard day's hours although the week has none)"));
            }
            if (d.note() != null && d.note().length() > 100) {
                problems.add(new FieldProblem(at + "/note", "at most 100 characters, e.g. 国庆节 or 国庆调休"));
            }
            if (date != null) {
                Integer earlier = seen.putIfAbsent(date, i);
                if (earlier != null) {
                    problems.add(new FieldProblem(at + "/day", date + " is already listed at /days/" + earlier));
                } else if (kindOk) {
                    kinds.put(date, DayKind.of(d.kind()));
                    days.add(new CalendarInput.Day(date.toString(), d.kind(), d.note() == null || d.note().isBlank() ? null : d.note().strip()));
                }
            }
        }
        days.sort(Comparator.comparing(CalendarInput.Day::day));
        return days;
    }

    private static LocalDate date(String text, String at, List<FieldProblem> problems) {
        try {
            LocalDate d = text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}") ? null : LocalDate.parse(text);
            if (d != null && !d.isBefore(EARLIEST) && !d.isAfter(LATEST)) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(at, "a date as YYYY-MM-DD between 2000 and 2099, e.g. 2026-10-01"));
        return null;
    }
}
