package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 超期: a step's limit passed; the case is marked (and its timer then escalates it if the path allows). */
@ApplicationScoped
public class OverdueStep implements CaseStep {

    @Override
    public CaseAction action() {
        return CaseAction.OVERDUE;
    }

    @Override
    public void apply(StepContext ctx) {
        ctx.c.overdue = true;
        ctx.data.put("due", String.valueOf(ctx.c.dueAt));
        ctx.restartClock = false;
    }
}
