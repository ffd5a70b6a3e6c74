package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 催办: part of the step's limit is gone; whoever holds the case is reminded before it runs out. */
@ApplicationScoped
public class RemindStep implements CaseStep {

    @Override
    public CaseAction action() {
        return CaseAction.REMIND;
    }

    @Override
    public void apply(StepContext ctx) {
        ctx.data.put("due", String.valueOf(ctx.c.dueAt));
        ctx.restartClock = false;
    }
}
