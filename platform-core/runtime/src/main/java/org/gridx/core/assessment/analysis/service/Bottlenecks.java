package org.gridx.core.assessment.analysis.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;

/**
 * 部门瓶颈: per department, from the daily department sums (one StatQuery statement), the average hours per
 * step ({@link Step} says which cases each average is over), the returned / reworked / overdue shares and the
 * slowest step, worst first; plus the open cases waiting longest with each department now ({@link StuckCases}).
 * Cases not yet with a department (key "-") are the centre's, not a department's, and are left out.
 */
@ApplicationScoped
@Transactional
public class Bottlenecks {

    @Inject
    StatQuery stats;
    @Inject
    StuckCases stuckCases;
    @Inject
    Names names;

    /** {@code department}: only that one (a department handler's own), or null for all. */
    public BottleneckReport of(Period p, String department, int stuckPerDepartment, boolean en) {
        StatPeriod sp = StatPeriod.of(StatDimension.DEPARTMENT, p.from(), p.to());
        Map<String, Counters> byDept = stats.byKey(department == null ? sp : sp.only(department));
        byDept.remove(StatDimension.NONE);
        List<StuckCase> stuck = stuckCases.longestWaiting(department, stuckPerDepartment);
        Set<String> codes = new HashSet<>(byDept.keySet());
        stuck.forEach(s -> codes.add(s.department()));
        Map<String, String> deptNames = names.departments(codes, en);
        List<DepartmentWait> rows = new ArrayList<>();
        byDept.forEach((code, c) -> rows.add(row(code, deptNames.getOrDefault(code, code), c)));
        rows.sort(Comparator.comparing((DepartmentWait w) -> w.worstHours() == null ? -1 : w.worstHours()).reversed()
                .thenComparing(DepartmentWait::code));
        List<StuckCase> named = stuck.stream().map(s -> new StuckCase(s.department(), deptNames.getOrDefault(s.department(),
                s.department()), s.id(), s.number(), s.title(), s.state(), s.gridCode(), s.since(), s.waitingHours(),
                s.dueAt(), s.overdue())).toList();
        return new BottleneckReport(p, rows, named, stuckPerDepartment);
    }

    static DepartmentWait row(String code, String name, Counters c) {
        Map<Step, Double> hours = new EnumMap<>(Step.class);
        Step worst = null;
        for (Step s : Step.values()) {
            Double h = s.hours(c);
            hours.put(s, h);
            if (h != null && (worst == null || h > hours.get(worst))) {
                worst = s;
            }
        }
        long dispatched = c.get(StatCounter.DISPATCHED);
        return new DepartmentWait(code, name, c.get(StatCounter.REPORTED), dispatched, hours,
                share(c.get(StatCounter.RETURNED), dispatched), share(c.get(StatCounter.REWORKED), c.get(StatCounter.HANDLED)),
                share(c.get(StatCounter.HANDLED_LATE) + c.get(StatCounter.OVERDUE_PENDING), dispatched),
                worst, worst == null ? null : hours.get(worst));
    }

    private static Double share(long n, long of) {
        return of == 0 ? null : Math.round(n * 1000.0 / of) / 10.0;
    }
}
