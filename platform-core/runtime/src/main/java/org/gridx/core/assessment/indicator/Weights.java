package org.gridx.core.assessment.indicator;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the overall score (综合评分) is made of: a weight per indicator and the lowest score of grades A–D
 * (below D is E). The default is the street's example from DOMAIN.md.
 */
public record Weights(Map<Indicator, Integer> weights, List<Double> gradeFloors) {

    public static final Weights DEFAULT = new Weights(defaults(), List.of(90.0, 80.0, 70.0, 60.0));

    public Weights {
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
        gradeFloors = List.copyOf(gradeFloors);
        if (gradeFloors.size() != 4) {
            throw new IllegalArgumentException("four grade floors (A, B, C, D)");
        }
    }

    private static Map<Indicator, Integer> defaults() {
        Map<Indicator, Integer> m = new EnumMap<>(Indicator.class);
        m.put(Indicator.DISPOSAL_RATE, 30);
        m.put(Indicator.ON_TIME_DISPOSAL_RATE, 20);
        m.put(Indicator.REWORK_RATE, 20);
        m.put(Indicator.OVERDUE_PENDING_RATE, 20);
        m.put(Indicator.POSTPONEMENT_RATE, 10);
        return m;
    }
}
