package org.gridx.core.assessment.reward.service;

import static org.gridx.core.assessment.fact.StatCounter.CHECKS_ON_TIME;
import static org.gridx.core.assessment.fact.StatCounter.REJECTED;
import static org.gridx.core.assessment.fact.StatCounter.VALID;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gridx.core.assessment.reward.service.RewardStatement.Line;
import org.gridx.core.assessment.scorecard.service.ScorecardLine;

/**
 * An informant's reward from their scorecard line (the month's figures of the cases they reported) and the
 * rules: base + valid reports × amount + on-time checks × amount + grade bonus (A or B) − rejected reports ×
 * amount, not below 0 and not above the cap. Pure, so the computation is exactly what the lines show.
 */
public final class RewardCalculator {

    private RewardCalculator() {
    }

    public static RewardStatement of(ScorecardLine l, RewardRule r) {
        List<Line> lines = new ArrayList<>();
        lines.add(line("base", "基本报酬", "Base amount", 1, r.baseAmount()));
        lines.add(line("valid-reports", "有效上报", "Valid reports", l.counters().get(VALID), r.perValidReport()));
        lines.add(line("on-time-checks", "按期核查", "On-time checks", l.counters().get(CHECKS_ON_TIME), r.perOnTimeCheck()));
        boolean a = "A".equals(l.grade());
        boolean b = "B".equals(l.grade());
        lines.add(line("grade-bonus", "等级奖励（" + (l.grade() == null ? "无等级" : l.grade()) + "）",
                "Grade bonus (" + (l.grade() == null ? "no grade" : l.grade()) + ")", a || b ? 1 : 0,
                a ? r.bonusGradeA() : b ? r.bonusGradeB() : BigDecimal.ZERO.setScale(2)));
        lines.add(line("rejected-reports", "不予立案扣减", "Rejected reports (deduction)", l.counters().get(REJECTED),
                r.perRejectedReport().negate()));
        BigDecimal subtotal = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        BigDecimal total = subtotal.max(BigDecimal.ZERO.setScale(2));
        boolean capped = r.monthlyCap() != null && total.compareTo(r.monthlyCap()) > 0;
        if (capped) {
            total = r.monthlyCap();
        }
        return new RewardStatement(l.entity().key(), l.entity().nameZh(), l.rank(), l.grade(), lines, subtotal, total, capped);
    }

    private static Line line(String code, String zh, String en, long quantity, BigDecimal unit) {
        return new Line(code, zh, en, quantity, unit, unit.multiply(BigDecimal.valueOf(quantity)).setScale(2));
    }
}
