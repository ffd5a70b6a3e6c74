package org.gridx.core.assessment.scorecard.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.clock.GridxClock;

/**
 * Publishes a closed month: computes all four scorecards from the figures as they are now and stores them,
 * so later corrections of that month's cases leave the published scorecard alone. Freezing a frozen month
 * again (after a correction that should count) needs a reason, kept with every earlier freeze.
 */
@ApplicationScoped
public class ScorecardFreezing {

    @Inject
    LiveScorecard live;
    @Inject
    FrozenScorecards frozen;
    @Inject
    AssessmentMonth months;
    @Inject
    GridxClock clock;

    @Transactional
    public FreezeRecord freeze(YearMonth month, String by, String reason) {
        if (!month.isBefore(months.current())) {
            throw ProblemException.invalid("Only a month that has ended can be frozen.", List.of(new FieldProblem("month",
                    "a month before " + months.current() + ", e.g. " + months.lastComplete())));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (frozen.record(month).isPresent() && why == null) {
            throw ProblemException.invalid(month + " is already frozen.", List.of(new FieldProblem("reason",
                    "say why the published scorecard is replaced, e.g. a corrected case")));
        }
        Map<ScorecardKind, List<ScorecardLine>> lines = new EnumMap<>(ScorecardKind.class);
        for (ScorecardKind k : ScorecardKind.values()) {
            lines.put(k, live.of(month, k));
        }
        return frozen.store(month, lines, by, why, clock.now());
    }
}
