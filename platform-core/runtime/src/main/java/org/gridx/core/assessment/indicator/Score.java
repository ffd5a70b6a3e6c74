package org.gridx.core.assessment.indicator;

import java.util.ArrayList;
import java.util.List;
import org.gridx.core.assessment.fact.Counters;

/**
 * The weighted overall score 0..100 and its grade. Each weighted share counts as it is when higher is better
 * and as (1 − share) when lower is better (rework, overdue, postponement); an indicator with nothing to divide
 * by is left out and the remaining weights carry the score. No weighted indicator with data → no score.
 */
public record Score(Double points, String grade, List<IndicatorValue> parts) {

    public static Score of(Counters counters, Weights w) {
        double sum = 0;
        int weight = 0;
        List<IndicatorValue> parts = new ArrayList<>();
        for (var e : w.weights().entrySet()) {
            IndicatorValue v = e.getKey().of(counters);
            parts.add(v);
            if (v.value() == null || e.getValue() <= 0 || e.getKey().isHours()) {
                continue;
            }
            double share = Math.max(0, Math.min(1, v.value()));
            sum += e.getValue() * (e.getKey().higherIsBetter() ? share : 1 - share);
            weight += e.getValue();
        }
        if (weight == 0) {
            return new Score(null, null, parts);
        }
        double points = Math.round(sum / weight * 1000) / 10.0;
        return new Score(points, grade(points, w.gradeFloors()), parts);
    }

    private static String grade(double points, List<Double> floors) {
        String[] grades = {"A", "B", "C", "D"};
        for (int i = 0; i < grades.length; i++) {
            if (points >= floors.get(i)) {
                return grades[i];
            }
        }
        return "E";
    }
}
