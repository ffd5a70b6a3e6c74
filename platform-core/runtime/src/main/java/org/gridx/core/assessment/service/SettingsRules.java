package org.gridx.core.assessment.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.domain.AssessmentSettings;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.Weights;

/**
 * Turns submitted settings into {@link Weights} or refuses them with every wrong field named at once: known
 * indicator codes only, integers 0..100 adding up to 100, no weight on the average handling time (hours, not
 * a share, so the score leaves it out), and four grade floors within 0..100, each below the one before.
 */
public final class SettingsRules {

    private SettingsRules() {
    }

    public static String validCodes() {
        return Arrays.stream(Indicator.values()).filter(i -> !i.isHours()).map(Indicator::code).collect(Collectors.joining(", "));
    }

    public static Weights check(AssessmentSettingsInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Indicator, Integer> weights = weights(in.weights() == null ? Map.of() : in.weights(), problems);
        List<Double> floors = floors(in.gradeFloors() == null ? Map.of() : in.gradeFloors(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("The assessment settings were not saved: " + problems.get(0).message(), problems);
        }
        return new Weights(weights, floors);
    }

    private static Map<Indicator, Integer> weights(Map<String, Integer> in, List<FieldProblem> problems) {
        Map<Indicator, Integer> out = new EnumMap<>(Indicator.class);
        int sum = 0;
        for (var e : in.entrySet()) {
            var indicator = Indicator.of(e.getKey());
            String field = "/weights/" + e.getKey();
            if (indicator.isEmpty()) {
                problems.add(new FieldProblem(field, "unknown indicator '" + e.getKey() + "'; valid codes: " + validCodes()));
            } else if (e.getValue() == null || e.getValue() < 0 || e.getValue() > 100) {
                problems.add(new FieldProblem(field, "a whole number from 0 to 100"));
            } else if (indicator.get().isHours() && e.getValue() > 0) {
                problems.add(new FieldProblem(field, "the average handling time is in hours, not a share, so it "
                        + "cannot be weighted; use 0 and weigh the on-time disposal rate instead"));
            } else {
                sum += e.getValue();
                if (e.getValue() > 0) {
                    out.put(indicator.get(), e.getValue());
                }
            }
        }
        if (problems.stream().noneMatch(p -> p.pointer().startsWith("/weights/")) && sum != 100) {
            problems.add(new FieldProblem("/weights", "the weights add up to " + sum + "; they must add up to 100"));
        }
        return out;
    }

    private static List<Double> floors(Map<String, Double> in, List<FieldProblem> problems) {
        in.keySet().stream().filter(k -> !AssessmentSettings.GRADES.contains(k)).forEach(k -> problems.add(
                new FieldProblem("/gradeFloors/" + k, "grades with a floor are A, B, C and D (below D is E)")));
        List<Double> out = new ArrayList<>();
        Double previous = null;
        for (String g : AssessmentSettings.GRADES) {
            Double v = in.get(g);
            String field = "/gradeFloors/" + g;
            if (v == null || v.isNaN() || v < 0 || v > 100) {
                problems.add(new FieldProblem(field, "the lowest score of grade " + g + ", from 0 to 100"));
            } else if (previous != null && v >= previous) {
                problems.add(new FieldProblem(field, "must be below the floor of the grade above (" + previous
                        + "); floors fall from A to D"));
            }
            out.add(v == null ? 0.0 : v);
            previous = v == null ? previous : v;
        }
        return out;
    }
}
