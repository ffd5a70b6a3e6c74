package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseDeadlines;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;
import org.gridx.core.timer.service.WorkCalendar;

/** 批准延期: the handling deadline moves by what was asked, counted in the tenant's calendar. */
@ApplicationScoped
public class ApprovePostponementStep implements CaseStep {

    @Inject
    CaseDeadlines deadlines;
    @Inject
    WorkCalendar calendar;

    @Override
    public CaseAction action() {
        return CaseAction.APPROVE_POSTPONEMENT;
    }

    @Override
    public void apply(StepContext ctx) {
        String asked = ctx.c.postponementAsked;
        if (asked == null) {
            throw ProblemException.conflict("No postponement is waiting for a decision on case " + ctx.c.number + ".");
        }
        Instant from = ctx.c.dueAt == null ? ctx.now : ctx.c.dueAt;
        Instant due = calendar.deadline(from, Duration.parse(asked));
        ctx.data.put("extension", asked);
        ctx.data.put("previousDue", String.valueOf(ctx.c.dueAt));
        ctx.data.put("due", due.toString());
        ctx.c.postponementAsked = null;
        ctx.c.postponements++;
        deadlines.runUntil(ctx.c, ctx.now, due);
        ctx.restartClock = false;
    }
}
