package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 申请延期: the handler asks for more time, with a reason; the deadline stands until the centre approves. */
@ApplicationScoped
public class RequestPostponementStep implements CaseStep {

    static final Duration MAX = Duration.ofDays(30);

    @Inject
    StepGuards guards;

    @Override
    public CaseAction action() {
        return CaseAction.REQUEST_POSTPONEMENT;
    }

    @Override
    public void apply(StepContext ctx) {
        guards.handler(ctx);
        if (ctx.c.postponementAsked != null) {
            throw ProblemException.conflict("A postponement of " + ctx.c.postponementAsked
                    + " is already waiting for the centre's decision.");
        }
        String ext = ctx.in.extension();
        if (ext == null || Duration.parse(ext).isZero() || Duration.parse(ext).compareTo(MAX) > 0) {
            throw ProblemException.invalid("Say how much longer.", List.of(new FieldProblem("/extension",
                    "an ISO-8601 duration up to P30D, e.g. PT24H or P3D")));
        }
        ctx.reason("需采购配件，三天内到货 / parts on order, three days");
        ctx.c.postponementAsked = ext;
        ctx.data.put("extension", ext);
        ctx.restartClock = false;
    }
}
