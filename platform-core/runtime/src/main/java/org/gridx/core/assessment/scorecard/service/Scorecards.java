package org.gridx.core.assessment.scorecard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The month's scorecard: served from the frozen rows when the month is frozen, computed from the figures
 * otherwise; compared with the previous month (frozen or live, the same way) row by row.
 */
@ApplicationScoped
@Transactional
public class Scorecards {

    @Inject
    LiveScorecard live;
    @Inject
    FrozenScorecards frozen;

    /** The whole tenant's lines, ranked. */
    public List<ScorecardLine> lines(YearMonth month, ScorecardKind kind) {
        return frozen.record(month).isPresent() ? frozen.lines(month, kind) : live.of(month, kind);
    }

    /** The lines the caller may see ({@code visible}), with their change against the previous month. */
    public Scorecard of(YearMonth month, ScorecardKind kind, Predicate<ScoredEntity> visible) {
        Map<String, ScorecardLine> before = lines(month.minusMonths(1), kind).stream()
                .collect(Collectors.toMap(l -> l.entity().key(), Function.identity()));
        List<Scorecard.Row> rows = lines(month, kind).stream().filter(l -> visible.test(l.entity()))
                .map(l -> row(l, before.get(l.entity().key()))).toList();
        return new Scorecard(month, kind, frozen.record(month).orElse(null), rows);
    }

    private static Scorecard.Row row(ScorecardLine now, ScorecardLine before) {
        Double prevScore = before == null ? null : before.score();
        Integer prevRank = before == null ? null : before.rank();
        Double points = now.score() == null || prevScore == null ? null : Math.round((now.score() - prevScore) * 10) / 10.0;
        Integer rank = now.rank() == null || prevRank == null ? null : prevRank - now.rank();
        return new Scorecard.Row(now, prevScore, prevRank, points, rank);
    }
}
