package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 不予立案: not real, not in scope, or already handled; the reporter is told why. */
@ApplicationScoped
public class RejectStep implements CaseStep {

    @Override
    public CaseAction action() {
        return CaseAction.REJECT;
    }

    @Override
    public void apply(StepContext ctx) {
        ctx.reason("现场核实无此问题 / not found on site");
        ctx.c.closedAt = ctx.now;
    }
}
