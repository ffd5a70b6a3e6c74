package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 驳回延期: the deadline stands; the handler is told why. */
@ApplicationScoped
public class DenyPostponementStep implements CaseStep {

    @Override
    public CaseAction action() {
        return CaseAction.DENY_POSTPONEMENT;
    }

    @Override
    public void apply(StepContext ctx) {
        if (ctx.c.postponementAsked == null) {
            throw ProblemException.conflict("No postponement is waiting for a decision on case " + ctx.c.number + ".");
        }
        ctx.reason("影响居民出行，须按期完成 / residents cannot get through; finish on time");
        ctx.data.put("extension", ctx.c.postponementAsked);
        ctx.c.postponementAsked = null;
        ctx.restartClock = false;
    }
}
