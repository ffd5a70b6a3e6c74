package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.timer.service.DueTimer;
import org.gridx.core.timer.service.TimerHandler;

/** 催办 part-way through a step, so the handler hears of the deadline before it passes, not after. */
@ApplicationScoped
public class CaseReminderTimer implements TimerHandler {

    @Inject
    CaseFlow flow;

    @Override
    public String kind() {
        return CaseDeadlines.REMINDER;
    }

    @Override
    public void fire(DueTimer timer) {
        CaseFile c = CaseFile.forTimer(timer.subjectId());
        if (c == null || !c.currentState().open() || c.dueAt == null || !c.dueAt.toString().equals(timer.payload().get("due"))) {
            return;
        }
        flow.move(c, CaseAction.REMIND, ActionInput.of(CaseAction.REMIND.code(), "请在 " + c.dueAt + " 前完成 / due " + c.dueAt),
                Actor.SYSTEM, Map.of());
    }
}
