package org.gridx.core.demo.service;

import java.util.ArrayList;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/**
 * What history to generate: cases (reported events), over how many days up to now, household visits,
 * resident appeals, and the seed that makes it repeatable. Missing values take the seed report's year:
 * 314 events, 36,827 visits, 318 appeals in 365 days. Out-of-range values are a 422 naming each field.
 */
public record HistoryInput(Integer cases, Integer days, Integer visits, Integer appeals, Long seed) {

    public static final int MAX_CASES = 2_000_000;

    /** The input with the report's year for what is missing; 422 when a value is out of range. */
    public HistoryInput checked() {
        HistoryInput in = new HistoryInput(cases == null ? 314 : cases, days == null ? 365 : days,
                visits == null ? 36_827 : visits, appeals == null ? 318 : appeals, seed == null ? 2019L : seed);
        List<FieldProblem> p = new ArrayList<>();
        range(p, "/cases", in.cases, 0, MAX_CASES, "cases");
        range(p, "/days", in.days, 1, 3660, "days (up to ten years)");
        range(p, "/visits", in.visits, 0, 2_000_000, "visits");
        range(p, "/appeals", in.appeals, 0, 200_000, "appeals");
        range(p, "/seed", in.seed, 0, 99_999, "as seed (it is part of each case number, D<seed>-<index>)");
        if (!p.isEmpty()) {
            throw ProblemException.invalid("The history asked for is out of range.", p);
        }
        return in;
    }

    private static void range(List<FieldProblem> p, String field, long v, long min, long max, String what) {
        if (v < min || v > max) {
            p.add(new FieldProblem(field, "give " + min + " to " + max + " " + what + "; got " + v));
        }
    }
}
