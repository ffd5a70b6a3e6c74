package org.gridx.core.assessment.reward.service;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The tenant's rules for an informant's monthly reward (网格信息员工作绩效考核奖励), in yuan with 2 decimals:
 * a base amount, an amount per valid report and per on-time on-site check, a bonus for grade A or B, a
 * deduction per rejected report, and a cap (null = none). Not configured = every amount 0.
 */
public record RewardRule(BigDecimal baseAmount, BigDecimal perValidReport, BigDecimal perOnTimeCheck, BigDecimal bonusGradeA,
        BigDecimal bonusGradeB, BigDecimal perRejectedReport, BigDecimal monthlyCap, boolean configured, Instant updatedAt,
        String updatedBy) {

    public static final RewardRule NONE = new RewardRule(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
            null, false, null, null);
}
