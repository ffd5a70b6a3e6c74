package org.gridx.core.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * The reporting period of a figures request: {@code from}/{@code to} as ISO dates, by default the current
 * month in the tenant's zone; at most three years, so one request cannot sum the whole history by mistake.
 */
@ApplicationScoped
public class IndicatorPeriods {

    public record Period(LocalDate from, LocalDate to) {
    }

    @Inject
    TenantZone zone;
    @Inject
    GridxClock clock;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), zone.current());
    }

    public Period parse(String from, String to) {
        // one side given: the month it falls in; neither: this month
        LocalDate anchor = !blank(from) ? date("from", from) : !blank(to) ? date("to", to) : today();
        LocalDate f = blank(from) ? anchor.withDayOfMonth(1) : anchor;
        LocalDate t = blank(to) ? f.withDayOfMonth(f.lengthOfMonth()) : date("to", to);
        if (t.isBefore(f)) {
            throw ProblemException.invalid("The period ends before it starts.",
                    List.of(new FieldProblem("to", "a day on or after from (" + f + ")")));
        }
        if (t.isAfter(f.plusYears(3))) {
            throw ProblemException.invalid("The period is longer than three years.",
                    List.of(new FieldProblem("to", "at most three years after from: " + f.plusYears(3) + " or earlier")));
        }
        return new Period(f, t);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("Not a date: " + value,
                    List.of(new FieldProblem(field, "a day as YYYY-MM-DD, e.g. 2026-09-01")));
        }
    }
}
