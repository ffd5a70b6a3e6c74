package org.gridx.core.calendar.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/** Checks a calendar from the API and turns it into a {@link WorkSchedule}; every problem is reported at once. */
public final class CalendarCheck {

    static final int MAX_SPANS_A_DAY = 6;
    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    /** A checked calendar: its mode, the schedule, and the listed days with their notes in date order. */
    public record Checked(String mode, WorkSchedule schedule, List<CalendarInput.Day> days) {
    }

    private CalendarCheck() {
    }

    public static String key(DayOfWeek d) {
        return d.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }

    public static Checked check(CalendarInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.mode() == null || !in.mode().matches("natural|working")) {
            problems.add(new FieldProblem("/mode", "use natural (limits run around the clock) or working (only the weekly hours count)"));
        }
        Map<DayOfWeek, List<Hours>> week = in.week() == null ? WorkSchedule.standard().week() : week(in.week(), problems);
        Map<LocalDate, DayKind> kinds = new HashMap<>();
        List<CalendarInput.Day> days = CalendarDaysCheck.days(in.days() == null ? List.of() : in.days(), kinds, problems);
        if ("working".equals(in.mode()) && problems.isEmpty() && week.values().stream().allMatch(List::isEmpty)) {
            problems.add(new FieldProblem("/week", "a working-hours calendar needs hours on at least one day of the week"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The calendar has mistakes; see 'errors' for each one.", problems);
        }
        return new Checked(in.mode(), new WorkSchedule(week, kinds), days);
    }

    private static Map<DayOfWeek, List<Hours>> week(Map<String, List<CalendarInput.Span>> in, List<FieldProblem> problems) {
        Map<String, DayOfWeek> byKey = new LinkedHashMap<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            byKey.put(key(d), d);
        }
        Map<DayOfWeek, List<Hours>> week = new EnumMap<>(DayOfWeek.class);
        in.forEach((key, spans) -> {
            DayOfWeek d = byKey.get(key);
            if (d == null) {
                problems.add(new FieldProblem("/week/" + key, "not a day of the week; use " + String.join(", ", byKey.keySet())));
            } else if (spans != null && spans.size() > MAX_SPANS_A_DAY) {
                problems.add(new FieldProblem("/week/" + key, "at most " + MAX_SPANS_A_DAY + " stretches of hours a day"));
            } else {
                week.put(d, spans(key, spans == null ? List.of() : spans, problems));
            }
        });
        return week;
    }

    private static List<Hours> spans(String key, List<CalendarInput.Span> spans, List<FieldProblem> problems) {
        List<Hours> hours = new ArrayList<>();
        LocalTime previousEnd = null;
        for (int i = 0; i < spans.size(); i++) {
            String at = "/week/" + key + "/" + i;
            CalendarInput.Span s = spans.get(i);
            LocalTime from = s == null ? null : time(s.from(), at + "/from", problems);
            LocalTime to = s == null ? null : time(s.to(), at + "/to", problems);
            if (s == null) {
                problems.add(new FieldProblem(at, "give the hours as {\"from\": \"08:30\", \"to\": \"12:00\"}"));
            } else if (from != null && to != null && !from.isBefore(to)) {
                problems.add(new FieldProblem(at + "/to", "must be after 'from' (" + s.from() + "); hours cannot run past midnight"));
            } else if (from != null && to != null && previousEnd != null && from.isBefore(previousEnd)) {
                problems.add(new FieldProblem(at + "/from", "starts before the previous stretch ends (" + previousEnd
                        + "); list the stretches of a day in order, without overlaps"));
            } else if (from != null && to != null) {
                hours.add(new Hours(from, to));
                previousEnd = to;
            }
        }
        return hours;
    }

    private static LocalTime time(String text, String at, List<FieldProblem> problems) {
        if (text == null || !HH_MM.matcher(text).matches()) {
            problems.add(new FieldProblem(at, "a time as HH:mm from 00:00 to 23:59, e.g. 08:30"));
            return null;
        }
        return LocalTime.parse(text);
    }
}
