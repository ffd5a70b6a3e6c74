package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseAccess;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/**
 * 考核评价: the person who raised the matter rates the result. A grid worker may record the rating for a
 * resident they reported back to in person (the timeline says so); nobody else rates.
 */
@ApplicationScoped
public class EvaluateStep implements CaseStep {

    @Inject
    CaseAccess access;

    @Override
    public CaseAction action() {
        return CaseAction.EVALUATE;
    }

    @Override
    public void apply(StepContext ctx) {
        if (ctx.in.rating() == null) {
            throw ProblemException.invalid("Give a rating.", List.of(new FieldProblem("/rating",
                    "1 (very dissatisfied) to 5 (very satisfied)")));
        }
        boolean reporter = ctx.actor.username().equals(ctx.c.reportedBy);
        boolean onBehalf = !reporter && !ctx.actor.has(Role.Names.RESIDENT) && access.inScope(ctx.c, ctx.actor);
        if (!reporter && !onBehalf) {
            throw ProblemException.forbidden("Only the person who reported case " + ctx.c.number
                    + " (or a worker of its grid on their behalf) rates it.");
        }
        ctx.c.rating = ctx.in.rating().shortValue();
        ctx.data.put("rating", ctx.in.rating());
        ctx.data.put("onBehalf", onBehalf);
        ctx.restartClock = true;
    }
}
