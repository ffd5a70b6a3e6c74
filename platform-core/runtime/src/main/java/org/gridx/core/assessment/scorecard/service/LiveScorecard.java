package org.gridx.core.assessment.scorecard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;
import org.gridx.core.assessment.indicator.Score;
import org.gridx.core.assessment.indicator.Weights;
import org.gridx.core.assessment.service.AssessmentSettingsService;

/**
 * A month's scorecard of one kind for the whole tenant, from the figures as they are now: one StatQuery
 * over the month (a community sums its grids by code prefix), scored with the tenant's weights and ranked.
 */
@ApplicationScoped
public class LiveScorecard {

    @Inject
    StatQuery stats;
    @Inject
    ScorecardEntities entities;
    @Inject
    AssessmentSettingsService weights;

    public List<ScorecardLine> of(YearMonth month, ScorecardKind kind) {
        Map<String, Counters> byKey = stats.byKey(StatPeriod.of(kind.dim(), month.atDay(1), month.atEndOfMonth()));
        if (kind == ScorecardKind.COMMUNITY) {
            Map<String, Counters> sums = new HashMap<>();
            byKey.forEach((k, v) -> sums.merge(k.length() >= 12 ? k.substring(0, 12) : k, v, Counters::plus));
            byKey = sums;
        }
        Weights w = weights.weights();
        Map<String, Counters> figures = byKey;
        return Ranking.rank(entities.of(kind).stream().map(e -> {
            Counters c = figures.getOrDefault(e.key(), Counters.ZERO);
            Score s = Score.of(c, w);
            return new ScorecardLine(e, c, s.points(), s.grade(), null);
        }).toList());
    }
}
