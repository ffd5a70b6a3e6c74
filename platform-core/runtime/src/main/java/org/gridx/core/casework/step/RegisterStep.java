package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;
import org.gridx.core.lists.domain.DisposalListItem;

/** 核实立案: the centre confirms the report is real and in scope; it may correct the list item while doing so. */
@ApplicationScoped
public class RegisterStep implements CaseStep {

    @Override
    public CaseAction action() {
        return CaseAction.REGISTER;
    }

    @Override
    public void apply(StepContext ctx) {
        String code = ctx.in.itemCode();
        if (code == null || code.equals(ctx.c.itemCode)) {
            return;
        }
        if (!ctx.c.isProblem()) {
            throw ProblemException.invalid("A service request has no disposal-list item.",
                    List.of(new FieldProblem("/itemCode", "leave it out for service requests")));
        }
        DisposalListItem item = DisposalListItem.inVersion(ctx.c.listVersionId, code).orElseThrow(() ->
                ProblemException.invalid("Unknown list item.", List.of(new FieldProblem("/itemCode",
                        "no item '" + code + "' in the list version this case was reported under"))));
        ctx.data.put("itemCorrectedFrom", ctx.c.itemCode);
        ctx.data.put("itemCode", code);
        ctx.c.itemCode = code;
        ctx.c.title = item.nameZh;
        ctx.c.priority = item.priority;
    }
}
