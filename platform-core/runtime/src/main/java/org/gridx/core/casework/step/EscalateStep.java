package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseParty;
import org.gridx.core.casework.service.CaseDeadlines;
import org.gridx.core.casework.service.CaseItems;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;
import org.gridx.core.lists.domain.EscalationStep;
import org.gridx.core.timer.service.WorkCalendar;

/**
 * 逐级上报: what the grid cannot solve goes one rung up the item's path (grid → community → street → banner);
 * the rung's role holder becomes the case's escalation handler and tracks it to the end within the rung's
 * limit. The timers escalate by themselves when a limit passes; people escalate with a reason.
 */
@ApplicationScoped
public class EscalateStep implements CaseStep {

    @Inject
    CaseItems items;
    @Inject
    Responsible responsible;
    @Inject
    CaseDeadlines deadlines;
    @Inject
    WorkCalendar calendar;

    @Override
    public CaseAction action() {
        return CaseAction.ESCALATE;
    }

    @Override
    public void apply(StepContext ctx) {
        EscalationStep rung = items.nextRung(ctx.c).orElseThrow(() -> ProblemException.conflict("Case " + ctx.c.number
                + " is already at the top of its escalation path (" + ctx.c.escalationLevel + ")."));
        if (!ctx.actor.isSystem()) {
            ctx.reason("涉及多部门，网格无法协调 / several departments, beyond the grid");
        }
        String handler = responsible.at(ctx.c, rung.level(), rung.role(), ctx.now).orElse(null);
        Instant due = calendar.deadline(ctx.now, Duration.parse(rung.within()));
        ctx.data.put("fromLevel", ctx.c.escalationLevel);
        ctx.data.put("level", rung.level());
        ctx.data.put("role", rung.role());
        ctx.data.put("handler", handler);
        ctx.data.put("due", due.toString());
        ctx.c.escalationLevel = rung.level();
        ctx.c.escalationHandler = handler;
        if (handler != null) {
            CaseParty.add(ctx.c.id, handler, "escalation", ctx.now);
        }
        boolean missed = ctx.c.overdue;
        deadlines.runUntil(ctx.c, ctx.now, due);
        // the rung gets its own deadline, but the step's missed limit stays on record (超期 is counted)
        ctx.c.overdue = ctx.c.overdue || missed;
        ctx.restartClock = false;
    }
}
