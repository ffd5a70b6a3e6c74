package org.gridx.app.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.assessment.indicator.Score;
import org.gridx.core.assessment.indicator.Weights;
import org.gridx.core.assessment.service.AssessmentSettingsInput;
import org.gridx.core.assessment.service.SettingsRules;
import org.junit.jupiter.api.Test;

/** The overall score and grade (pure): weights, rescaling without data, lower-is-better, grade floors, rules. */
class ScoreTest {

    static Counters counts(Map<String, Integer> m) {
        return Counters.of(m);
    }

    @Test
    void defaultWeightsOnAFullSetOfFigures() {
        // 10 dispatched: 8 handled (6 on time), 2 reworked of 8, 1 overdue pending, 1 postponed
        Counters c = counts(Map.of("dispatched", 10, "handled", 8, "handled_on_time", 6, "reworked", 2,
                "overdue_pending", 1, "postponed", 1));
        // 30 × .8 + 20 × .6 + 20 × (1 − .25) + 20 × (1 − .1) + 10 × (1 − .1) = 24 + 12 + 15 + 18 + 9 = 78
        Score s = Score.of(c, Weights.DEFAULT);
        assertEquals(78.0, s.points());
        assertEquals("C", s.grade());
        assertEquals(5, s.parts().size());
    }

    @Test
    void lowerIsBetterCountsAsOneMinusTheShare() {
        Weights onlyRework = new Weights(Map.of(Indicator.REWORK_RATE, 100), List.of(90.0, 80.0, 70.0, 60.0));
        assertEquals(75.0, Score.of(counts(Map.of("handled", 4, "reworked", 1)), onlyRework).points());
        assertEquals(100.0, Score.of(counts(Map.of("handled", 4)), onlyRework).points());
        assertEquals(0.0, Score.of(counts(Map.of("handled", 4, "reworked", 4)), onlyRework).points());
        assertEquals("E", Score.of(counts(Map.of("handled", 4, "reworked", 4)), onlyRework).grade());
    }

    @Test
    void anIndicatorWithoutDataIsLeftOutAndTheOtherWeightsCarryTheScore() {
        Weights w = new Weights(Map.of(Indicator.DISPOSAL_RATE, 50, Indicator.SATISFACTION_RATE, 50), List.of(90.0, 80.0, 70.0, 60.0));
        // no ratings: disposal alone, 3/4 → 75 (not 37.5)
        assertEquals(75.0, Score.of(counts(Map.of("dispatched", 4, "handled", 3)), w).points());
        // with ratings 1 of 2 satisfied: (50 × .75 + 50 × .5) ÷ 100 = 62.5
        assertEquals(62.5, Score.of(counts(Map.of("dispatched", 4, "handled", 3, "rated", 2, "satisfied", 1)), w).points());
        // nothing to divide at all: no score, no grade
        Score none = Score.of(Counters.ZERO, w);
        assertNull(none.points());
        assertNull(none.grade());
    }

    @Test
    void gradeFloorsAreInclusiveLowerBounds() {
        Weights w = new Weights(Map.of(Indicator.DISPOSAL_RATE, 100), List.of(90.0, 80.0, 70.0, 60.0));
        assertEquals("A", Score.of(counts(Map.of("dispatched", 10, "handled", 9)), w).grade());
        assertEquals("B", Score.of(counts(Map.of("dispatched", 10, "handled", 8)), w).grade());
        assertEquals("D", Score.of(counts(Map.of("dispatched", 10, "handled", 6)), w).grade());
        assertEquals("E", Score.of(counts(Map.of("dispatched", 100, "handled", 59)), w).grade());
        Weights strict = new Weights(Map.of(Indicator.DISPOSAL_RATE, 100), List.of(95.0, 85.0, 75.0, 65.0));
        assertEquals("B", Score.of(counts(Map.of("dispatched", 10, "handled", 9)), strict).grade());
    }

    @Test
    void averageHandlingHoursIsNeverScored() {
        Weights w = new Weights(Map.of(Indicator.DISPOSAL_RATE, 50, Indicator.AVERAGE_HANDLING_HOURS, 50), List.of(90.0, 80.0, 70.0, 60.0));
        assertEquals(50.0, Score.of(counts(Map.of("dispatched", 2, "handled", 1, "handle_seconds", 7200)), w).points());
        assertEquals(4.0, Indicator.AVERAGE_HANDLING_HOURS.of(counts(Map.of("handled", 1, "handle_seconds", 14400))).value());
    }

    @Test
    void settingsRulesNameEveryWrongField() {
        ProblemException unknown = assertThrows(ProblemException.class, () -> SettingsRules.check(new AssessmentSettingsInput(
                Map.of("disposal-rate", 60, "speed", 40), Map.of("A", 90.0, "B", 80.0, "C", 70.0, "D", 60.0))));
        assertEquals("/weights/speed", unknown.problem().errors().get(0).pointer());
        assertEquals(true, unknown.problem().errors().get(0).message().contains("on-time-disposal-rate"));
        ProblemException sum = assertThrows(ProblemException.class, () -> SettingsRules.check(new AssessmentSettingsInput(
                Map.of("disposal-rate", 60, "rework-rate", 30), Map.of("A", 90.0, "B", 80.0, "C", 70.0, "D", 60.0))));
        assertEquals("/weights", sum.problem().errors().get(0).pointer());
        assertEquals(true, sum.problem().errors().get(0).message().contains("add up to 90"));
        ProblemException floors = assertThrows(ProblemException.class, () -> SettingsRules.check(new AssessmentSettingsInput(
                Map.of("disposal-rate", 100), Map.of("A", 90.0, "B", 90.0, "C", 70.0, "D", 120.0))));
        assertEquals(List.of("/gradeFloors/B", "/gradeFloors/D"), floors.problem().errors().stream().map(e -> e.pointer()).toList());
        Weights ok = SettingsRules.check(new AssessmentSettingsInput(Map.of("disposal-rate", 70, "satisfaction-rate", 30,
                "rework-rate", 0), Map.of("A", 95.0, "B", 85.5, "C", 75.0, "D", 65.0)));
        assertEquals(Map.of(Indicator.DISPOSAL_RATE, 70, Indicator.SATISFACTION_RATE, 30), ok.weights());
        assertEquals(List.of(95.0, 85.5, 75.0, 65.0), ok.gradeFloors());
    }
}
