package org.gridx.core.casework.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.service.Actor;
import org.gridx.core.casework.service.CaseAccess;
import org.gridx.core.casework.service.StepContext;
import org.gridx.core.media.service.MediaStore;

/** Checks several steps share: the handling department (or assignee), the grid worker's scope, photos. */
@ApplicationScoped
public class StepGuards {

    @Inject
    CaseAccess access;
    @Inject
    MediaStore media;

    /** Only the lead department's handlers (or the named assignee of a service request) work the case. */
    public void handler(StepContext ctx) {
        CaseFile c = ctx.c;
        Actor a = ctx.actor;
        boolean mine = a.username().equals(c.assignee) || a.department() != null && a.department().equals(c.leadDepartment);
        if (!mine) {
            throw ProblemException.forbidden("Case " + c.number + " is with " + (c.assignee != null ? c.assignee
                    : "department " + c.leadDepartment) + ", not with you; only its handler can " + ctx.in.action() + " it.");
        }
    }

    /** Checking on site is for the grid's own workers. */
    public void gridWorker(StepContext ctx) {
        if (!access.inScope(ctx.c, ctx.actor)) {
            throw ProblemException.forbidden("Grid " + ctx.c.gridCode + " is outside your grid scope; the grid's own "
                    + "informant or specialist checks this case on site.");
        }
    }

    public List<UUID> photos(List<UUID> ids, String field, int atLeast, String why) {
        List<UUID> list = ids == null ? List.of() : ids;
        if (list.size() < atLeast) {
            throw ProblemException.invalid("Photos are needed.", List.of(new FieldProblem(field, why)));
        }
        media.requireAll(list, field);
        return list;
    }

    public static boolean isCentre(Actor a) {
        return a.has(Role.Names.DISPATCHER);
    }
}
