package org.gridx.core.demo.story;

import static org.gridx.core.casework.domain.CaseAction.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.domain.CaseAction;

/**
 * The six-step loop played for one generated case, up to "now": verified (a few rejected, small matters
 * resolved on the spot by the grid worker), dispatched by the list (a few returned as misrouted and sent
 * elsewhere), accepted, handled (some postponed), checked (some sent back for rework), closed and mostly
 * rated. Steps that run past their limit get the overdue mark and escalation the timers would have made.
 * A case whose next move would come after "now" stays open where it is.
 */
public final class CaseStory {

    static final double P_REJECT = 0.04;
    static final double P_ON_SPOT = 0.30;
    static final double P_RETURN = 0.03;
    static final double P_POSTPONE = 0.04;
    static final double P_REWORK = 0.06;
    static final double P_RATED = 0.8;
    static final double P_LATE = 0.05;

    private final CaseSeed s;
    private final Street street;
    private final SplittableRandom r;
    private final StoryCase c;

    private CaseStory(CaseSeed seed, Street street) {
        this.s = seed;
        this.street = street;
        this.r = seed.random();
        this.c = new StoryCase(seed.item(), street.remindPercent());
    }

    public static StoryCase tell(CaseSeed seed, Street street) {
        CaseStory story = new CaseStory(seed, street);
        story.play();
        return story.c;
    }

    private void play() {
        Instant t = s.reportedAt();
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("source", s.source());
        report.put("grid", s.grid().code());
        c.move(t, REPORT, s.reporter(), s.description(), report, street);
        Person centre = street.dispatchers().get(r.nextInt(street.dispatchers().size()));
        Person worker = street.worker(s.grid());
        if ((t = through(t, c.item.verify(), null)) == null) {
            return;
        }
        double u = r.nextDouble();
        if (u < P_REJECT) {
            c.move(t, REJECT, centre, "现场核实无此问题 / not found on site", Map.of(), street);
            c.closedAt = t;
            return;
        }
        if (c.item.onTheSpot() && isGridWorker(s.reporter()) && u < P_REJECT + P_ON_SPOT) {
            c.move(t, RESOLVE_ON_SPOT, s.reporter(), "已现场处置 / resolved on the spot", Map.of(), street);
            c.closedAt = t;
            evaluate(t, worker);
            return;
        }
        c.move(t, REGISTER, centre, null, Map.of(), street);
        if ((t = dispatchUntilAccepted(t, centre)) == null || (t = handleUntilClosed(t, worker)) == null) {
            return;
        }
        evaluate(t, worker);
    }

    private Instant dispatchUntilAccepted(Instant from, Person centre) {
        Instant t = from;
        String department = c.item.lead();
        while (true) {
            if ((t = through(t, c.item.dispatch(), null)) == null) {
                return null;
            }
            dispatch(t, centre, department);
            if ((t = through(t, c.item.accept(), null)) == null) {
                return null;
            }
            Person handler = street.handler(c.lead);
            if (c.returns == 0 && r.nextDouble() < P_RETURN && street.handlers().size() > 1) {
                c.move(t, RETURN, handler, "不属本部门职责 / not ours", Map.of("returnedBy", c.lead), street);
                c.lead = null;
                c.co = List.of();
                c.returns++;
                department = otherDepartment(department);
                continue;
            }
            c.move(t, ACCEPT, handler, null, Map.of(), street);
            return t;
        }
    }

    private void dispatch(Instant t, Person centre, String department) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<String> co = new ArrayList<>(c.item.co());
        co.remove(department);
        String note = null;
        if (!department.equals(c.item.lead())) {
            note = "清单外派遣：原部门退回 / outside the list: returned by the list's department";
            data.put("override", true);
            data.put("listDepartment", c.item.lead());
        }
        data.put("department", department);
        data.put("coDepartments", co);
        c.lead = department;
        c.co = List.copyOf(co);
        c.move(t, DISPATCH, centre, note, data, street);
    }

    private Instant handleUntilClosed(Instant from, Person worker) {
        Instant t = from;
        Person handler = street.handler(c.lead);
        while (true) {
            StepTimers.Postponement p = null;
            Duration handle = c.item.handle();
            if (c.postponements == 0 && r.nextDouble() < P_POSTPONE) {
                String ext = handle.toHours() >= 24 ? "P3D" : "PT24H";
                p = new StepTimers.Postponement(t.plus(handle.multipliedBy(2).dividedBy(3)), Duration.ofMinutes(10
                        + r.nextInt(50)), ext, handler, street.dispatchers().get(0));
                handle = handle.plus(Duration.parse(ext).dividedBy(2));
            }
            if ((t = through(t, handle, p)) == null) {
                return null;
            }
            c.move(t, HANDLE, handler, "已处置完毕 / handled", Map.of(), street);
            if ((t = through(t, c.item.check(), null)) == null) {
                return null;
            }
            if (c.reworks < 2 && r.nextDouble() < (c.reworks == 0 ? P_REWORK : 0.2)) {
                c.move(t, REWORK, worker, "核查未通过，问题仍在 / still there", Map.of(), street);
                c.reworks++;
                continue;
            }
            c.move(t, CLOSE, worker, null, Map.of(), street);
            c.closedAt = t;
            return t;
        }
    }

    /** 考核评价 by the reporter, or by the grid's worker on behalf of a caller who has no account to rate with. */
    private void evaluate(Instant closed, Person worker) {
        if (r.nextDouble() >= P_RATED) {
            return;
        }
        Instant at = closed.plusSeconds(1800 + r.nextInt(2 * 24 * 3600));
        if (at.isAfter(street.now())) {
            return;
        }
        double u = r.nextDouble();
        int rating = u < 0.55 ? 5 : u < 0.85 ? 4 : u < 0.95 ? 3 : u < 0.98 ? 2 : 1;
        boolean reporterRates = s.reporter().can(org.gridx.core.casework.domain.CaseTransitions.find(
                org.gridx.core.casework.domain.CaseState.CLOSED, EVALUATE).orElseThrow());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("rating", rating);
        data.put("onBehalf", !reporterRates);
        c.move(at, EVALUATE, reporterRates ? s.reporter() : worker, null, data, street);
        c.rating = (short) rating;
    }

    /** Plays the step's waiting time; the moment it ends, or null when that is after now (the case stays open). */
    private Instant through(Instant start, Duration limit, StepTimers.Postponement p) {
        Instant end = start.plus(StoryTimes.stepTime(r, limit, P_LATE));
        Instant until = end.isAfter(street.now()) ? street.now() : end;
        StepTimers.run(c, until, p, s.grid(), street);
        return end.isAfter(street.now()) ? null : end;
    }

    private String otherDepartment(String not) {
        List<String> others = street.handlers().keySet().stream().filter(d -> !d.equals(not)).sorted().toList();
        return others.get(r.nextInt(others.size()));
    }

    private static boolean isGridWorker(Person p) {
        return p.roles().contains(Role.Names.INFORMANT) || p.roles().contains(Role.Names.SPECIALIST)
                || p.roles().contains(Role.Names.GRID_CHIEF);
    }
}
