package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 签收: the department's handler takes the case; from now on the handling limit runs. */
@ApplicationScoped
public class AcceptStep implements CaseStep {

    @Inject
    StepGuards guards;

    @Override
    public CaseAction action() {
        return CaseAction.ACCEPT;
    }

    @Override
    public void apply(StepContext ctx) {
        guards.handler(ctx);
    }
}
