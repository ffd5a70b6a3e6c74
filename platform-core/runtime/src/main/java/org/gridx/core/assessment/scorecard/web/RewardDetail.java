package org.gridx.core.assessment.scorecard.web;

import java.util.List;
import java.util.Locale;
import org.gridx.core.assessment.reward.service.RewardStatement;

/** One informant's reward computation as sentences: each line, then subtotal and total (with cap or floor noted). */
public record RewardDetail(String name, List<String> lines, String total) {

    public static RewardDetail of(RewardStatement s, Locale locale) {
        ScorecardMessages t = ScorecardTexts.in(locale);
        boolean en = "en".equals(locale.getLanguage());
        List<String> lines = s.lines().stream().map(l -> t.reward_line(en ? l.labelEn() : l.labelZh(), l.quantity(),
                l.unit().toPlainString(), l.amount().toPlainString())).toList();
        String total = t.reward_total(s.subtotal().toPlainString(), s.total().toPlainString())
                + (s.capped() ? t.reward_capped() : s.subtotal().signum() < 0 ? t.reward_floor() : "");
        return new RewardDetail(s.name(), lines, total);
    }
}
