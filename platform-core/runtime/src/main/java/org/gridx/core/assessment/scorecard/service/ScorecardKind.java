package org.gridx.core.assessment.scorecard.service;

import static org.gridx.core.assessment.indicator.Indicator.*;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.indicator.Indicator;

/**
 * The four kinds of monthly scorecard and what each shows. Grids, communities and informants are judged on
 * reporting and checking (is what they report real, are on-site checks on time, do their cases get closed,
 * are residents satisfied); departments on disposal (handled, on time, late, reworked, satisfied, postponed,
 * how long). All carry the tenant's weighted overall score of their cases, so ranks compare like with like.
 * The count column is the cases reported (grids, communities, informants) or dispatched to them (departments).
 */
public enum ScorecardKind {
    GRID(StatDimension.GRID, StatCounter.REPORTED,
            List.of(VALID_REPORT_RATE, ON_TIME_CHECK_RATE, CLOSE_RATE, ON_TIME_CLOSE_RATE, SATISFACTION_RATE)),
    WORKER(StatDimension.PERSON, StatCounter.REPORTED,
            List.of(VALID_REPORT_RATE, ON_TIME_CHECK_RATE, CLOSE_RATE, SATISFACTION_RATE)),
    DEPARTMENT(StatDimension.DEPARTMENT, StatCounter.DISPATCHED, List.of(DISPOSAL_RATE, ON_TIME_DISPOSAL_RATE,
            OVERDUE_DISPOSAL_RATE, REWORK_RATE, SATISFACTION_RATE, POSTPONEMENT_RATE, AVERAGE_HANDLING_HOURS)),
    COMMUNITY(StatDimension.GRID, StatCounter.REPORTED,
            List.of(VALID_REPORT_RATE, ON_TIME_CHECK_RATE, CLOSE_RATE, ON_TIME_CLOSE_RATE, SATISFACTION_RATE));

    private final StatDimension dim;
    private final StatCounter count;
    private final List<Indicator> indicators;

    ScorecardKind(StatDimension dim, StatCounter count, List<Indicator> indicators) {
        this.dim = dim;
        this.count = count;
        this.indicators = indicators;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public StatDimension dim() {
        return dim;
    }

    public StatCounter count() {
        return count;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    public static Optional<ScorecardKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code().equals(code)).findFirst();
    }
}
