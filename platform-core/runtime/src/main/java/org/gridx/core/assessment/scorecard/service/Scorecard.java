package org.gridx.core.assessment.scorecard.service;

import java.time.YearMonth;
import java.util.List;

/**
 * A month's scorecard of one kind as the caller may see it: the rows (street-wide ranks), each with the
 * previous month's score and rank, and whether the month is frozen (served as published).
 */
public record Scorecard(YearMonth month, ScorecardKind kind, FreezeRecord frozen, List<Row> rows) {

    /** pointsChange = score − previous score; rankChange = previous rank − rank (positive = moved up). */
    public record Row(ScorecardLine line, Double previousScore, Integer previousRank, Double pointsChange, Integer rankChange) {
    }
}
