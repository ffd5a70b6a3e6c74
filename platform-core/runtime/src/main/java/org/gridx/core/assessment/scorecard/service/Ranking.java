package org.gridx.core.assessment.scorecard.service;

import java.util.Comparator;
import java.util.List;

/**
 * Ranks lines by score, best first (standard competition ranking: equal scores share a rank and the next
 * rank skips, 1, 2, 2, 4); lines without a score come last, unranked. Ties and the unscored keep key order.
 */
public final class Ranking {

    private static final Comparator<ScorecardLine> ORDER = Comparator
            .comparing((ScorecardLine l) -> l.score() == null ? Double.NEGATIVE_INFINITY : l.score()).reversed()
            .thenComparing(l -> l.entity().key());

    private Ranking() {
    }

    public static List<ScorecardLine> rank(List<ScorecardLine> lines) {
        List<ScorecardLine> sorted = lines.stream().sorted(ORDER).toList();
        return sorted.stream().map(l -> l.withRank(l.score() == null ? null
                : 1 + (int) sorted.stream().filter(o -> o.score() != null && o.score() > l.score()).count())).toList();
    }
}
