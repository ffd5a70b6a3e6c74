package org.gridx.core.assessment.reward.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;
import org.gridx.core.assessment.scorecard.service.ScorecardKind;
import org.gridx.core.assessment.scorecard.service.ScoredEntity;
import org.gridx.core.assessment.scorecard.service.Scorecards;

/**
 * The month's rewards of the informants the caller may see, from the informants' scorecard (the frozen one
 * when the month is frozen, so a published month pays what was published) and the current rules.
 */
@ApplicationScoped
public class Rewards {

    @Inject
    Scorecards scorecards;
    @Inject
    RewardRules rules;

    public List<RewardStatement> of(YearMonth month, Predicate<ScoredEntity> visible) {
        RewardRule r = rules.current();
        return scorecards.lines(month, ScorecardKind.WORKER).stream().filter(l -> visible.test(l.entity()))
                .map(l -> RewardCalculator.of(l, r)).toList();
    }
}
