package org.gridx.core.command.duty.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.command.duty.domain.Duty;

/** What a roster entry must be, each wrong field named with how to fix it (422), all in one answer. */
final class DutyRules {

    /** The usual hours of each shift; a night shift ends the next morning. */
    static final Map<String, LocalTime[]> HOURS = Map.of(
            "day", new LocalTime[] {LocalTime.of(8, 0), LocalTime.of(18, 0)},
            "night", new LocalTime[] {LocalTime.of(18, 0), LocalTime.of(8, 0)},
            "all-day", new LocalTime[] {LocalTime.of(0, 0), LocalTime.of(23, 59)});

    private DutyRules() {
    }

    /** The checked entry: day, shift, start, end. The person is checked by {@link Roster}. */
    record Checked(LocalDate day, String shift, LocalTime starts, LocalTime ends) {
    }

    static Checked check(DutyInput in) {
        if (in == null) {
            throw ProblemException.invalid("Send the roster entry as JSON.", List.of(new FieldProblem("/", "expected an object")));
        }
        List<FieldProblem> p = new ArrayList<>();
        LocalDate day = date(in.date(), "/date", p);
        if (in.shift() == null || !Duty.SHIFTS.contains(in.shift())) {
            p.add(new FieldProblem("/shift", "use one of " + String.join(", ", Duty.SHIFTS)));
        }
        LocalTime[] usual = in.shift() == null ? null : HOURS.get(in.shift());
        LocalTime starts = time(in.startsAt(), "/startsAt", usual == null ? null : usual[0], p);
        LocalTime ends = time(in.endsAt(), "/endsAt", usual == null ? null : usual[1], p);
        if (in.username() == null || in.username().isBlank()) {
            p.add(new FieldProblem("/username", "give the username of the person on duty"));
        }
        if (in.role() == null || !Duty.ROLES.contains(in.role())) {
            p.add(new FieldProblem("/role", "use one of leader (带班领导), officer (值班员), dispatcher (调度员)"));
        }
        if (in.phone() != null && !in.phone().isBlank() && !in.phone().strip().matches("[0-9+\\- ]{3,32}")) {
            p.add(new FieldProblem("/phone", "digits, spaces, '+' or '-' only, 3 to 32 characters, e.g. 0477-5123456"));
        }
        if (!p.isEmpty()) {
            throw ProblemException.invalid("The roster entry is not complete or not valid; see 'errors'.", p);
        }
        return new Checked(day, in.shift(), starts, ends);
    }

    static LocalDate date(String value, String field, List<FieldProblem> p) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            p.add(new FieldProblem(field, "give the day as YYYY-MM-DD, e.g. 2026-12-07"));
            return null;
        }
    }

    private static LocalTime time(String value, String field, LocalTime usual, List<FieldProblem> p) {
        if (value == null || value.isBlank()) {
            return usual;
        }
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            p.add(new FieldProblem(field, "give the time as HH:mm, e.g. 08:00, or leave it out for the shift's usual hours"));
            return null;
        }
    }
}
