package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseItems;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;
import org.gridx.core.lists.domain.DisposalListItem;
import org.gridx.core.lists.domain.DutyItem;
import org.gridx.core.organisation.domain.Department;

/**
 * 指挥派遣 by the responsibility list: a problem goes to the item's lead department with its co-departments;
 * the dispatcher may send it elsewhere, but only with a reason (it counts against 准确派遣率 if wrong). A
 * resident's service request goes to whoever holds the convenience-list duty's role for that grid.
 */
@ApplicationScoped
public class DispatchStep implements CaseStep {

    @Inject
    CaseItems items;
    @Inject
    Responsible responsible;

    @Override
    public CaseAction action() {
        return CaseAction.DISPATCH;
    }

    @Override
    public void apply(StepContext ctx) {
        if (ctx.c.isProblem()) {
            toDepartment(ctx, items.item(ctx.c).orElseThrow());
        } else {
            toPerson(ctx);
        }
    }

    private void toDepartment(StepContext ctx, DisposalListItem item) {
        String lead = ctx.in.department() == null ? item.leadDepartment : ctx.in.department();
        known(lead, "/department");
        if (!lead.equals(item.leadDepartment)) {
            ctx.reason("清单外派遣：现场属燃气管线 / outside the list: it is a gas main");
            ctx.data.put("override", true);
            ctx.data.put("listDepartment", item.leadDepartment);
        }
        List<String> co = ctx.in.coDepartments() == null ? new ArrayList<>(item.coDepartments) : new ArrayList<>(ctx.in.coDepartments());
        co.remove(lead);
        co.forEach(d -> known(d, "/coDepartments"));
        ctx.c.leadDepartment = lead;
        ctx.c.coDepartments = co;
        ctx.c.assignee = null;
        ctx.data.put("department", lead);
        ctx.data.put("coDepartments", co);
    }

    private void toPerson(StepContext ctx) {
        DutyItem duty = DutyItem.findById(ctx.c.dutyItemId);
        String who = ctx.in.assignee() != null ? ctx.in.assignee()
                : responsible.at(ctx.c, duty.level, duty.role, ctx.now).orElseThrow(() -> ProblemException.invalid(
                        "Nobody holds the duty's post here.", List.of(new FieldProblem("/assignee",
                                "no " + duty.role + " post is filled for this grid; name the person who will serve it"))));
        if (org.gridx.core.identity.domain.Account.findByUsername(who).filter(a -> a.isActive()).isEmpty()) {
            throw ProblemException.invalid("Unknown assignee.", List.of(new FieldProblem("/assignee",
                    "no active account '" + who + "' in this tenant")));
        }
        ctx.c.assignee = who;
        ctx.c.leadDepartment = null;
        ctx.data.put("assignee", who);
    }

    private static void known(String code, String field) {
        if (Department.findByCode(code).isEmpty()) {
            throw ProblemException.invalid("Unknown department.", List.of(new FieldProblem(field,
                    "no department '" + code + "' in this tenant; use a code from the departments list")));
        }
    }
}
