package org.gridx.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.reward.service.RewardCalculator;
import org.gridx.core.assessment.reward.service.RewardRule;
import org.gridx.core.assessment.reward.service.RewardStatement;
import org.gridx.core.assessment.scorecard.service.ScoredEntity;
import org.gridx.core.assessment.scorecard.service.ScorecardLine;
import org.junit.jupiter.api.Test;

/** The reward's lines, floor and cap, with amounts computed by hand. */
class RewardCalculatorTest {

    private static final RewardRule RULE = new RewardRule(d("150.00"), d("4.50"), d("1.25"), d("80.00"), d("40.00"),
            d("10.00"), d("200.00"), true, null, null);

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    private static ScorecardLine informant(String grade, long valid, long onTimeChecks, long rejected) {
        return new ScorecardLine(new ScoredEntity("x", "某某", "X", List.of()),
                Counters.of(Map.of("valid", valid, "checks_on_time", onTimeChecks, "rejected", rejected)), 85.0, grade, 1);
    }

    @Test
    void linesAddUpAndTheTotalIsCappedOrFloored() {
        // 150 + 6 × 4.50 + 3 × 1.25 + 40 (B) − 1 × 10 = 210.75 → capped at 200
        RewardStatement b = RewardCalculator.of(informant("B", 6, 3, 1), RULE);
        assertEquals(List.of(d("150.00"), d("27.00"), d("3.75"), d("40.00"), d("-10.00")),
                b.lines().stream().map(RewardStatement.Line::amount).toList());
        assertEquals(d("210.75"), b.subtotal());
        assertEquals(d("200.00"), b.total());
        assertTrue(b.capped());
        // 150 + 0 + 0 + 0 (grade C) − 20 × 10 = −50 → 0
        RewardStatement c = RewardCalculator.of(informant("C", 0, 0, 20), RULE);
        assertEquals(d("-50.00"), c.subtotal());
        assertEquals(d("0.00"), c.total());
        assertFalse(c.capped());
        assertEquals(0, c.lines().get(3).quantity());
    }
}
