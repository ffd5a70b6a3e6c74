package org.gridx.core.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.scorecard.service.Ranking;
import org.gridx.core.assessment.scorecard.service.ScoredEntity;
import org.gridx.core.assessment.scorecard.service.ScorecardLine;
import org.junit.jupiter.api.Test;

/** Competition ranking: equal scores share a rank, the next rank skips, the unscored come last unranked. */
class RankingTest {

    private static ScorecardLine line(String key, Double score) {
        return new ScorecardLine(new ScoredEntity(key, key, key, List.of()), Counters.ZERO, score, null, null);
    }

    @Test
    void equalScoresShareARankAndTheUnscoredComeLast() {
        List<ScorecardLine> ranked = Ranking.rank(List.of(line("e", null), line("b", 80.0), line("a", 95.5), line("d", 80.0),
                line("c", 70.0), line("f", null)));
        assertEquals(List.of("a", "b", "d", "c", "e", "f"), ranked.stream().map(l -> l.entity().key()).toList());
        assertEquals(Arrays.asList(1, 2, 2, 4, null, null), ranked.stream().map(ScorecardLine::rank).toList());
    }
}
