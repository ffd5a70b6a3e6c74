package org.gridx.core.assessment.reward.rest;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.gridx.core.assessment.reward.service.RewardRule;

/** The reward rules as a tenant administrator sets them: yuan, 0 to 100000, at most 2 decimals; no cap = null. */
public record RewardRuleInput(
        @NotNull(message = "give the base amount per month in yuan, e.g. 200.00") @DecimalMin(value = "0", message = M)
        @DecimalMax(value = "100000", message = M) @Digits(integer = 6, fraction = 2, message = M) BigDecimal baseAmount,
        @NotNull(message = "give the amount per valid report in yuan, e.g. 5.00") @DecimalMin(value = "0", message = M)
        @DecimalMax(value = "100000", message = M) @Digits(integer = 6, fraction = 2, message = M) BigDecimal perValidReport,
        @NotNull(message = "give the amount per on-time check in yuan, e.g. 2.00") @DecimalMin(value = "0", message = M)
        @DecimalMax(value = "100000", message = M) @Digits(integer = 6, fraction = 2, message = M) BigDecimal perOnTimeCheck,
        @NotNull(message = "give the bonus for grade A in yuan, e.g. 100.00") @DecimalMin(value = "0", message = M)
        @DecimalMax(value = "100000", message = M) @Digits(integer = 6, fraction = 2, message = M) BigDecimal bonusGradeA,
        @NotNull(message = "give the bonus for grade B in yuan, e.g. 50.00") @DecimalMin(value = "0", message = M)
        @DecimalMax(value = "100000", message = M) @Digits(integer = 6, fraction = 2, message = M) BigDecimal bonusGradeB,
        @NotNull(message = "give the deduction per rejected report in yuan, e.g. 2.00 (0 for none)")
        @DecimalMin(value = "0", message = M) @DecimalMax(value = "100000", message = M)
        @Digits(integer = 6, fraction = 2, message = M) BigDecimal perRejectedReport,
        @DecimalMin(value = "0", message = M) @DecimalMax(value = "100000", message = M)
        @Digits(integer = 6, fraction = 2, message = M) BigDecimal monthlyCap) {

    static final String M = "an amount in yuan from 0 to 100000 with at most 2 decimals, e.g. 12.50";

    RewardRule rule() {
        return new RewardRule(s(baseAmount), s(perValidReport), s(perOnTimeCheck), s(bonusGradeA), s(bonusGradeB),
                s(perRejectedReport), monthlyCap == null ? null : s(monthlyCap), true, null, null);
    }

    private static BigDecimal s(BigDecimal b) {
        return b.setScale(2);
    }
}
