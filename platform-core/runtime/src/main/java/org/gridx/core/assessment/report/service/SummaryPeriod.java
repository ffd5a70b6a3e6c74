package org.gridx.core.assessment.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantZone;

/** from/to of the street's figures: ISO dates in the tenant's zone, by default this year up to today. */
@ApplicationScoped
public class SummaryPeriod {

    @Inject
    GridxClock clock;
    @Inject
    TenantZone zone;

    public record Days(LocalDate from, LocalDate to) {
    }

    public Days resolve(String from, String to) {
        LocalDate today = LocalDate.ofInstant(clock.now(), zone.current());
        List<FieldProblem> errors = new ArrayList<>();
        LocalDate f = day(from, "from", today.withDayOfYear(1), errors);
        LocalDate t = day(to, "to", today, errors);
        if (errors.isEmpty() && t.isBefore(f)) {
            errors.add(new FieldProblem("to", "a day on or after from (" + f + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The period is not valid.", errors);
        }
        return new Days(f, t);
    }

    private static LocalDate day(String text, String field, LocalDate otherwise, List<FieldProblem> errors) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldProblem(field, "a day as YYYY-MM-DD, e.g. " + otherwise));
            return otherwise;
        }
    }
}
