package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.timer.service.DueTimer;
import org.gridx.core.timer.service.TimerHandler;

/**
 * A step's limit passed: the case is marked overdue (超期) and, if its item's path has a rung above, goes up
 * one level at once. A timer that belongs to a deadline the case has since left behind does nothing.
 */
@ApplicationScoped
public class CaseDeadlineTimer implements TimerHandler {

    @Inject
    CaseFlow flow;
    @Inject
    CaseItems items;

    @Override
    public String kind() {
        return CaseDeadlines.DEADLINE;
    }

    @Override
    public void fire(DueTimer timer) {
        CaseFile c = CaseFile.forTimer(timer.subjectId());
        if (c == null || !c.currentState().open() || c.dueAt == null || !c.dueAt.toString().equals(timer.payload().get("due"))) {
            return;
        }
        flow.move(c, CaseAction.OVERDUE, ActionInput.of(CaseAction.OVERDUE.code(), "超过时限 / limit passed"), Actor.SYSTEM, java.util.Map.of());
        if (items.nextRung(c).isPresent()) {
            flow.move(c, CaseAction.ESCALATE, ActionInput.of(CaseAction.ESCALATE.code(), "超期自动升级 / escalated when the limit passed"),
                    Actor.SYSTEM, java.util.Map.of("automatic", true));
        }
    }
}
