package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** The other side of a merge: the surviving case records which duplicate joined it; its clock runs on. */
@ApplicationScoped
public class AddReporterStep implements CaseStep {

    @Override
    public CaseAction action() {
        return CaseAction.ADD_REPORTER;
    }

    @Override
    public void apply(StepContext ctx) {
        ctx.restartClock = false;
    }
}
