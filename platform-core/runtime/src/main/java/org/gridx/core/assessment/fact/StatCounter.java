package org.gridx.core.assessment.fact;

import java.util.Locale;

/**
 * What is counted per case (0/1 flags unless a name says count or seconds), summed per day and key in
 * {@code case_stat_day}. The indicators are ratios of these; their meaning lives here, once:
 * <ul>
 * <li>REPORTED every case; VERIFIED its report was decided (registered, rejected, resolved on the spot or merged),
 * VERIFIED_ON_TIME within the verify limit; VALID registered or resolved on the spot;</li>
 * <li>DISPATCHED sent to a department at least once, DISPATCHED_ON_TIME the first dispatch within its limit,
 * RETURNED sent back by a department as misrouted (退回) at least once;</li>
 * <li>ACCEPTED signed for; HANDLED fed back as handled, HANDLED_ON_TIME the first handling within its limit
 * (postponements count), HANDLED_LATE after it;</li>
 * <li>CHECKS / CHECKS_ON_TIME how many on-site checks (close or rework) and how many within the limit;</li>
 * <li>CLOSED closed (on the spot too), CLOSED_ON_TIME closed with no step late;</li>
 * <li>REWORKED sent back for rework at least once; POSTPONED a postponement approved; ESCALATED escalated;</li>
 * <li>OPEN not closed, evaluated, rejected or merged; OVERDUE_PENDING with a department (dispatched or
 * accepted) and past its limit now;</li>
 * <li>RATED / SATISFIED (rating 4 or 5) / RATING_SUM the reporter's evaluation;</li>
 * <li>*_SECONDS time spent in each step, every pass summed (rework cycles add to handling).</li>
 * </ul>
 */
public enum StatCounter {
    REPORTED, VERIFIED, VERIFIED_ON_TIME, VALID, REGISTERED, REJECTED, MERGED, ON_SPOT,
    DISPATCHED, DISPATCHED_ON_TIME, RETURNED, ACCEPTED, ACCEPTED_ON_TIME,
    HANDLED, HANDLED_ON_TIME, HANDLED_LATE, CHECKS, CHECKS_ON_TIME, CLOSED, CLOSED_ON_TIME,
    REWORKED, POSTPONED, ESCALATED, OPEN, OVERDUE_PENDING, RATED, SATISFIED, RATING_SUM,
    VERIFY_SECONDS, DISPATCH_SECONDS, ACCEPT_SECONDS, HANDLE_SECONDS, CHECK_SECONDS;

    /** The column in {@code case_stat_day} and the key in {@code case_fact.counts}. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
