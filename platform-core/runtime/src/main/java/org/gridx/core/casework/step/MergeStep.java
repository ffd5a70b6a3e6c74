package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseParty;
import org.gridx.core.casework.service.ActionInput;
import org.gridx.core.casework.service.CaseFlow;
import org.gridx.core.casework.service.CaseStep;
import org.gridx.core.casework.service.StepContext;

/**
 * 合并: a duplicate report is folded into the open case it repeats. Its reporter (and anyone it kept
 * informed) joins that case's parties, so every reporter hears how it ends; the target records the merge.
 */
@ApplicationScoped
public class MergeStep implements CaseStep {

    @Inject
    CaseFlow flow;

    @Override
    public CaseAction action() {
        return CaseAction.MERGE;
    }

    @Override
    public void apply(StepContext ctx) {
        if (ctx.in.mergeInto() == null || ctx.in.mergeInto().equals(ctx.c.id)) {
            throw ProblemException.invalid("Say which case this one repeats.", List.of(new FieldProblem("/mergeInto",
                    "the id of another open case, usually the one shown as duplicateOf")));
        }
        CaseFile target = CaseFile.forUpdate(ctx.in.mergeInto());
        if (target == null || !target.currentState().open()) {
            throw ProblemException.conflict("Case " + ctx.in.mergeInto() + " is not an open case of this tenant; "
                    + "merge into a case that is still in the loop.");
        }
        ctx.c.mergedInto = target.id;
        ctx.data.put("mergedInto", target.number);
        CaseParty.add(target.id, ctx.c.reportedBy, "merged-reporter", ctx.now);
        CaseParty.of(ctx.c.id).forEach(p -> CaseParty.add(target.id, p.party, "merged-reporter", ctx.now));
        ActionInput note = ActionInput.of(CaseAction.ADD_REPORTER.code(), "合并重复上报 " + ctx.c.number);
        flow.move(target, CaseAction.ADD_REPORTER, note, ctx.actor, java.util.Map.of("merged", ctx.c.number));
    }

}
