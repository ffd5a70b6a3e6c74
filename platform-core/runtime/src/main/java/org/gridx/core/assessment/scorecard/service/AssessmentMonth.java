package org.gridx.core.assessment.scorecard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * The month a scorecard is about, in the tenant's zone (a case counts in the month it was reported in):
 * YYYY-MM, by default the last complete month; a month that has not begun has no figures and is refused.
 */
@ApplicationScoped
public class AssessmentMonth {

    @Inject
    GridxClock clock;
    @Inject
    TenantZone zone;

    public YearMonth current() {
        return YearMonth.from(LocalDate.ofInstant(clock.now(), zone.current()));
    }

    public YearMonth lastComplete() {
        return current().minusMonths(1);
    }

    /** {@code text} as a month, or the last complete month when blank; 422 naming {@code field} otherwise. */
    public YearMonth parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return lastComplete();
        }
        YearMonth m;
        try {
            m = text.strip().matches("\\d{4}-\\d{2}") ? YearMonth.parse(text.strip()) : null;
        } catch (DateTimeParseException e) {
            m = null;
        }
        if (m == null) {
            throw ProblemException.invalid("Unknown month.", List.of(new FieldProblem(field, "a month as YYYY-MM, e.g. "
                    + lastComplete())));
        }
        if (m.isAfter(current())) {
            throw ProblemException.invalid("That month has not begun.", List.of(new FieldProblem(field,
                    "a month up to " + current() + "; the last complete month is " + lastComplete())));
        }
        return m;
    }
}
