package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 核查结案: the grid's worker checks on site that the problem is gone and closes the case. */
@ApplicationScoped
public class CloseStep implements CaseStep {

    @Inject
    StepGuards guards;

    @Override
    public CaseAction action() {
        return CaseAction.CLOSE;
    }

    @Override
    public void apply(StepContext ctx) {
        guards.gridWorker(ctx);
        ctx.photos.put("evidence", guards.photos(ctx.in.photos(), "/photos", 0, ""));
        ctx.c.closedAt = ctx.now;
    }
}
