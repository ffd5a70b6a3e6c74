package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 处理反馈: what was done, with result photos (a problem needs at least one; a service request may have none). */
@ApplicationScoped
public class HandleStep implements CaseStep {

    @Inject
    StepGuards guards;

    @Override
    public CaseAction action() {
        return CaseAction.HANDLE;
    }

    @Override
    public void apply(StepContext ctx) {
        guards.handler(ctx);
        ctx.reason("已拆除违建，恢复原状 / structure removed, site restored");
        ctx.photos.put("evidence", guards.photos(ctx.in.photos(), "/photos", ctx.c.isProblem() ? 1 : 0,
                "upload at least one photo of the result first (POST …/media) and send its id"));
    }
}
