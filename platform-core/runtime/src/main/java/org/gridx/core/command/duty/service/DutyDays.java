package org.gridx.core.command.duty.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.tenancy.service.TenantZone;

/** The roster's days: today in the tenant's time zone (by the loop's clock), or a day asked for. */
@ApplicationScoped
public class DutyDays {

    @Inject
    GridxClock clock;
    @Inject
    TenantZone zone;

    public LocalDate today() {
        return LocalDate.ofInstant(clock.now(), zone.current());
    }

    /** {@code ?date=}: empty is today; anything but YYYY-MM-DD is a 422 naming the parameter. */
    public LocalDate parse(String date) {
        if (date == null || date.isBlank()) {
            return today();
        }
        List<FieldProblem> p = new ArrayList<>();
        LocalDate d = DutyRules.date(date, "date", p);
        if (!p.isEmpty()) {
            throw ProblemException.invalid("The date is not a day.", p);
        }
        return d;
    }
}
