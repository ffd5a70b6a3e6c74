package org.gridx.core.casework.domain;

import static org.gridx.core.casework.domain.CaseAction.*;
import static org.gridx.core.casework.domain.CaseState.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridx.api.identity.Role.Names;

/**
 * The loop in one table (from, action, to, roles). The database holds the same rows in case_transition and
 * every timeline entry references one, so this table cannot drift from what is recorded without a failing
 * migration or test. Guards (reason given, caller's department, scope) are checked by each action's step.
 */
public final class CaseTransitions {

    private static final Set<String> CENTRE = Set.of(Names.DISPATCHER);
    private static final Set<String> GRID_WORKERS = Set.of(Names.INFORMANT, Names.SPECIALIST, Names.GRID_CHIEF);
    private static final Set<String> DEPARTMENT = Set.of(Names.DEPARTMENT_HANDLER);
    private static final Set<String> REPORTERS = Set.of(Names.INFORMANT, Names.SPECIALIST, Names.GRID_CHIEF,
            Names.DISPATCHER, Names.RESIDENT, Names.TENANT_ADMIN, Names.SUPERVISOR, Names.INSTRUCTOR);
    private static final Set<String> RATERS = Set.of(Names.RESIDENT, Names.INFORMANT, Names.SPECIALIST, Names.GRID_CHIEF);
    private static final Set<String> ESCALATORS = Set.of(Names.DISPATCHER, Names.GRID_CHIEF, Names.SPECIALIST,
            Names.SUPERVISOR, Names.INSTRUCTOR, Transition.SYSTEM);
    private static final Set<String> SYSTEM_ONLY = Set.of(Transition.SYSTEM);

    public static final List<Transition> ALL = build();

    private CaseTransitions() {
    }

    private static List<Transition> build() {
        List<Transition> t = new ArrayList<>();
        t.add(new Transition(NEW, REPORT, REPORTED, REPORTERS));
        t.add(new Transition(REPORTED, REGISTER, REGISTERED, CENTRE));
        t.add(new Transition(REPORTED, REJECT, REJECTED, CENTRE));
        t.add(new Transition(REPORTED, RESOLVE_ON_SPOT, CLOSED, GRID_WORKERS));
        t.add(new Transition(REPORTED, MERGE, MERGED, CENTRE));
        t.add(new Transition(REGISTERED, MERGE, MERGED, CENTRE));
        t.add(new Transition(REGISTERED, DISPATCH, DISPATCHED, CENTRE));
        t.add(new Transition(DISPATCHED, ACCEPT, ACCEPTED, DEPARTMENT));
        t.add(new Transition(DISPATCHED, RETURN, REGISTERED, DEPARTMENT));
        t.add(new Transition(ACCEPTED, HANDLE, HANDLED, DEPARTMENT));
        t.add(new Transition(ACCEPTED, REQUEST_POSTPONEMENT, ACCEPTED, DEPARTMENT));
        t.add(new Transition(ACCEPTED, APPROVE_POSTPONEMENT, ACCEPTED, CENTRE));
        t.add(new Transition(ACCEPTED, DENY_POSTPONEMENT, ACCEPTED, CENTRE));
        t.add(new Transition(HANDLED, CLOSE, CLOSED, GRID_WORKERS));
        t.add(new Transition(HANDLED, REWORK, ACCEPTED, GRID_WORKERS));
        t.add(new Transition(CLOSED, EVALUATE, EVALUATED, RATERS));
        for (CaseState open : List.of(REPORTED, REGISTERED, DISPATCHED, ACCEPTED, HANDLED)) {
            t.add(new Transition(open, ESCALATE, open, ESCALATORS));
            t.add(new Transition(open, OVERDUE, open, SYSTEM_ONLY));
            t.add(new Transition(open, REMIND, open, SYSTEM_ONLY));
            t.add(new Transition(open, ADD_REPORTER, open, CENTRE));
        }
        return List.copyOf(t);
    }

    public static Optional<Transition> find(CaseState from, CaseAction action) {
        return ALL.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
    }

    /** Actions a person with these roles may take from {@code state} (before guards). */
    public static List<CaseAction> allowed(CaseState state, Set<String> roles) {
        return ALL.stream().filter(t -> t.from() == state && t.allows(roles) && !t.roles().equals(SYSTEM_ONLY)
                && t.action() != ADD_REPORTER).map(Transition::action).toList();
    }
}
