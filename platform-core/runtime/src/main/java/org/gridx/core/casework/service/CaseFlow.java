package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.casework.domain.CaseTransitions;
import org.gridx.core.casework.domain.TimelineEntry;
import org.gridx.core.casework.domain.Transition;
import org.gridx.core.clock.GridxClock;

/**
 * Every move of every case goes through {@link #move}: the transition table decides whether it exists and
 * who may make it, the action's step checks and changes the case, then the clock, the record and the
 * event follow — always in that order, in the caller's transaction.
 */
@ApplicationScoped
@Transactional
public class CaseFlow {

    @Inject
    Instance<CaseStep> allSteps;
    @Inject
    CaseAccess access;
    @Inject
    CaseDeadlines deadlines;
    @Inject
    CaseTimeline timeline;
    @Inject
    CaseEvents events;
    @Inject
    GridxClock clock;
    @Inject
    EntityManager em;

    private Map<CaseAction, CaseStep> steps;

    /** A person's move, optionally only if the case is still at {@code expectedVersion} (If-Match). */
    public CaseFile act(UUID id, ActionInput in, Actor actor, Integer expectedVersion) {
        CaseFile c = access.visibleForUpdate(id, actor);
        CaseAction action = CaseAction.of(in.action()).orElseThrow(() -> ProblemException.invalid("Unknown action.",
                List.of(new FieldProblem("/action", "one of " + CaseTransitions.allowed(c.currentState(), actor.roles())
                        .stream().map(CaseAction::code).toList() + " from state " + c.state))));
        if (action == CaseAction.ADD_REPORTER && CaseTransitions.find(c.currentState(), action).isPresent()) {
            // the table lets the centre add a reporter so a merge can record it on the target; not a move of its own
            throw ProblemException.forbidden("Reporters are added to case " + c.number + " by merging their duplicate "
                    + "into it (action merge on the duplicate), not directly.");
        }
        if (expectedVersion != null && expectedVersion != c.rowVersion) {
            throw ProblemException.conflict("Case " + c.number + " changed since you loaded it (now " + c.state
                    + "); reload it and decide again.");
        }
        move(c, action, in, actor, Map.of());
        em.flush();
        return c;
    }

    public TimelineEntry move(CaseFile c, CaseAction action, ActionInput in, Actor actor, Map<String, Object> extra) {
        CaseState from = c.currentState();
        Transition t = CaseTransitions.find(from, action).orElseThrow(() -> ProblemException.conflict(
                "A case that is " + from.code() + " cannot be '" + action.code() + "'. From here: "
                        + CaseTransitions.allowed(from, actor.roles()).stream().map(CaseAction::code).toList() + "."));
        String role = actor.roles().stream().filter(t.roles()::contains).sorted().findFirst().orElseThrow(() ->
                ProblemException.forbidden("Your roles " + actor.roles() + " cannot '" + action.code() + "' a case; "
                        + "that is for " + t.roles() + "."));
        StepContext ctx = new StepContext(c, in, actor, clock.now());
        ctx.data.putAll(extra);
        step(action).apply(ctx);
        c.state = t.to().code();
        if (ctx.restartClock) {
            deadlines.enterStep(c, ctx.now);
            if (c.dueAt != null) {
                // the step's limit goes on record, so timeliness can be judged (and re-judged) from the record alone
                ctx.data.put("due", c.dueAt.toString());
            }
        }
        TimelineEntry e = timeline.append(c, t, actor, role, ctx.note, ctx.data, ctx.now);
        ctx.photos.forEach((photoRole, ids) -> timeline.attach(c, e, ids, photoRole));
        events.moved(c, e);
        return e;
    }

    private CaseStep step(CaseAction action) {
        if (steps == null) {
            Map<CaseAction, CaseStep> m = new EnumMap<>(CaseAction.class);
            allSteps.forEach(s -> m.put(s.action(), s));
            steps = m;
        }
        CaseStep s = steps.get(action);
        if (s == null) {
            throw new IllegalStateException("no step for " + action);
        }
        return s;
    }
}
