package org.gridx.core.assessment.analysis.service;

import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.StatCounter;

/**
 * A step of the loop with the time spent in it and the cases that passed it (the denominator of its average):
 * verify ÷ cases whose report was decided; dispatch ÷ cases dispatched; accept ÷ cases signed for (time
 * before a return counts too, so a department that returns a lot looks slower to accept); handle ÷ cases
 * handled (rework passes add time, not cases); check ÷ on-site checks (each close or rework is one).
 * Time of a step still running is not in the sums yet (it is added when the step ends).
 */
public enum Step {
    VERIFY(StatCounter.VERIFY_SECONDS, StatCounter.VERIFIED),
    DISPATCH(StatCounter.DISPATCH_SECONDS, StatCounter.DISPATCHED),
    ACCEPT(StatCounter.ACCEPT_SECONDS, StatCounter.ACCEPTED),
    HANDLE(StatCounter.HANDLE_SECONDS, StatCounter.HANDLED),
    CHECK(StatCounter.CHECK_SECONDS, StatCounter.CHECKS);

    private final StatCounter seconds;
    private final StatCounter passed;

    Step(StatCounter seconds, StatCounter passed) {
        this.seconds = seconds;
        this.passed = passed;
    }

    /** Average hours per case that passed the step, to 0.01 h; null when none did. */
    public Double hours(Counters c) {
        long n = c.get(passed);
        return n == 0 ? null : Math.round(c.get(seconds) * 100.0 / n / 3600.0) / 100.0;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
