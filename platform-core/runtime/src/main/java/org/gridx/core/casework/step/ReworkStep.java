package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 返工: the check found the problem still there; back to the department, whose handling limit restarts. */
@ApplicationScoped
public class ReworkStep implements CaseStep {

    @Inject
    StepGuards guards;

    @Override
    public CaseAction action() {
        return CaseAction.REWORK;
    }

    @Override
    public void apply(StepContext ctx) {
        guards.gridWorker(ctx);
        ctx.reason("井盖仍松动 / the cover still rocks");
        ctx.photos.put("evidence", guards.photos(ctx.in.photos(), "/photos", 0, ""));
        ctx.c.reworks++;
    }
}
