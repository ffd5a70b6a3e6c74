package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseItems;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/**
 * 小事不出格: a grid worker fixes a small matter at once and closes it with photos before and after. Only
 * for items the list marks as fixable on the spot, and only inside the worker's own grid.
 */
@ApplicationScoped
public class ResolveOnSpotStep implements CaseStep {

    @Inject
    StepGuards guards;
    @Inject
    CaseItems items;

    @Override
    public CaseAction action() {
        return CaseAction.RESOLVE_ON_SPOT;
    }

    @Override
    public void apply(StepContext ctx) {
        boolean allowed = items.item(ctx.c).map(i -> i.onTheSpot).orElse(true);
        if (!allowed) {
            throw ProblemException.conflict("Item " + ctx.c.itemCode + " is not one the list lets a grid worker "
                    + "resolve on the spot; the centre registers and dispatches it.");
        }
        guards.gridWorker(ctx);
        ctx.reason("已现场清理 / cleared on the spot");
        ctx.photos.put("before", guards.photos(ctx.in.photosBefore(), "/photosBefore", 1, "at least one photo before the fix"));
        ctx.photos.put("after", guards.photos(ctx.in.photosAfter(), "/photosAfter", 1, "at least one photo after the fix"));
        ctx.c.closedAt = ctx.now;
    }
}
