package org.gridx.core.assessment.reward.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * One informant's reward for a month, line by line so they can check it: each line is quantity × unit =
 * amount (a deduction negative); the subtotal is their sum, the total the subtotal kept between 0 and the cap.
 */
public record RewardStatement(String username, String name, Integer rank, String grade, List<Line> lines, BigDecimal subtotal,
        BigDecimal total, boolean capped) {

    public record Line(String code, String labelZh, String labelEn, long quantity, BigDecimal unit, BigDecimal amount) {
    }
}
