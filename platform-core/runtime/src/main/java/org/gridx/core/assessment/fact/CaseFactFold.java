package org.gridx.core.assessment.fact;

import static org.gridx.core.assessment.fact.StatCounter.*;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case's contribution to the figures, computed from its timeline alone (so it can be recomputed at any
 * time and always agrees with the record). A step is on time when it ended by the limit on record and no
 * overdue mark came in between; moves inside a step (reminders, postponements, escalations) keep the step's
 * clock running, a postponement or escalation moving its limit.
 */
public final class CaseFactFold {

    private static final Set<String> IN_STEP = Set.of("remind", "overdue", "request-postponement",
            "approve-postponement", "deny-postponement", "escalate", "add-reporter");
    private static final Set<String> ENDED = Set.of("closed", "evaluated", "rejected", "merged");
    private static final Map<String, StatCounter> STEP_SECONDS = Map.of("reported", VERIFY_SECONDS,
            "registered", DISPATCH_SECONDS, "dispatched", ACCEPT_SECONDS, "accepted", HANDLE_SECONDS,
            "handled", CHECK_SECONDS);

    private final long[] v = new long[StatCounter.values().length];
    private Instant stepStart;
    private Instant due;
    private boolean lateInStep;
    private boolean anyLate;
    private String state = "new";

    private CaseFactFold() {
    }

    /** The entries of one case in sequence order, from its report on. */
    public static Counters of(List<FoldEntry> entries) {
        CaseFactFold f = new CaseFactFold();
        entries.forEach(f::apply);
        f.finish();
        return Counters.of(f.v);
    }

    private void apply(FoldEntry e) {
        if (IN_STEP.contains(e.action())) {
            inStep(e);
        } else {
            boolean onTime = !lateInStep && (due == null || !e.at().isAfter(due));
            if (stepStart != null && STEP_SECONDS.containsKey(e.fromState())) {
                add(STEP_SECONDS.get(e.fromState()), Duration.between(stepStart, e.at()).toSeconds());
                anyLate |= !onTime;
            }
            ended(e, onTime);
            stepStart = e.at();
            due = e.due();
            lateInStep = false;
        }
        state = e.toState();
    }

    private void inStep(FoldEntry e) {
        switch (e.action()) {
            case "overdue" -> {
                lateInStep = true;
                anyLate = true;
            }
            case "approve-postponement" -> set(POSTPONED);
            case "escalate" -> set(ESCALATED);
            default -> { }
        }
        if (e.due() != null && !"overdue".equals(e.action()) && !"remind".equals(e.action())) {
            due = e.due();
        }
    }

    private void ended(FoldEntry e, boolean onTime) {
        switch (e.action()) {
            case "report" -> set(REPORTED);
            case "register" -> verified(onTime, REGISTERED);
            case "reject" -> verified(onTime, REJECTED);
            case "resolve-on-spot" -> {
                verified(onTime, ON_SPOT);
                set(CLOSED);
            }
            case "merge" -> {
                if ("reported".equals(e.fromState())) {
                    verified(onTime, MERGED);
                } else {
                    set(MERGED);
                }
            }
            case "dispatch" -> first(DISPATCHED, DISPATCHED_ON_TIME, onTime);
            case "return" -> set(RETURNED);
            case "accept" -> first(ACCEPTED, ACCEPTED_ON_TIME, onTime);
            case "handle" -> {
                if (get(HANDLED) == 0) {
                    set(onTime ? HANDLED_ON_TIME : HANDLED_LATE);
                }
                set(HANDLED);
            }
            case "close" -> {
                checked(onTime);
                set(CLOSED);
            }
            case "rework" -> {
                checked(onTime);
                set(REWORKED);
            }
            case "evaluate" -> {
                if (e.rating() != null) {
                    set(RATED);
                    add(RATING_SUM, e.rating());
                    if (e.rating() >= 4) {
                        set(SATISFIED);
                    }
                }
            }
            default -> { }
        }
    }

    private void verified(boolean onTime, StatCounter outcome) {
        set(VERIFIED);
        if (onTime) {
            set(VERIFIED_ON_TIME);
        }
        set(outcome);
    }

    private void first(StatCounter done, StatCounter doneOnTime, boolean onTime) {
        if (get(done) == 0 && onTime) {
            set(doneOnTime);
        }
        set(done);
    }

    private void checked(boolean onTime) {
        add(CHECKS, 1);
        if (onTime) {
            add(CHECKS_ON_TIME, 1);
        }
    }

    private void finish() {
        if (get(REGISTERED) == 1 || get(ON_SPOT) == 1) {
            set(VALID);
        }
        if (get(CLOSED) == 1 && !anyLate) {
            set(CLOSED_ON_TIME);
        }
        if (!ENDED.contains(state)) {
            set(OPEN);
            if (lateInStep && ("dispatched".equals(state) || "accepted".equals(state))) {
                set(OVERDUE_PENDING);
            }
        }
    }

    private long get(StatCounter c) {
        return v[c.ordinal()];
    }

    private void set(StatCounter c) {
        v[c.ordinal()] = 1;
    }

    private void add(StatCounter c, long n) {
        v[c.ordinal()] += n;
    }
}
