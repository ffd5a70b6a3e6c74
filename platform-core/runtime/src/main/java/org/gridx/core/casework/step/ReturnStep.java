package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/** 退回: a department sends back a case that is not theirs; it returns to the centre's dispatch queue. */
@ApplicationScoped
public class ReturnStep implements CaseStep {

    @Inject
    StepGuards guards;

    @Override
    public CaseAction action() {
        return CaseAction.RETURN;
    }

    @Override
    public void apply(StepContext ctx) {
        guards.handler(ctx);
        ctx.reason("不属本部门职责，应为供热公司 / not ours: the heating company's");
        ctx.data.put("returnedBy", ctx.c.leadDepartment != null ? ctx.c.leadDepartment : ctx.c.assignee);
        ctx.c.leadDepartment = null;
        ctx.c.coDepartments = new java.util.ArrayList<>();
        ctx.c.assignee = null;
        ctx.c.returns++;
    }
}
