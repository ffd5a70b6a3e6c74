package org.gridx.core.assessment.scorecard.service;

import org.gridx.core.assessment.fact.Counters;

/**
 * One entity's month: its counters, overall score and grade (null when none of its cases has anything the
 * weights measure) and its rank among the whole tenant's entities of that kind (null without a score).
 */
public record ScorecardLine(ScoredEntity entity, Counters counters, Double score, String grade, Integer rank) {

    public ScorecardLine withRank(Integer r) {
        return new ScorecardLine(entity, counters, score, grade, r);
    }
}
