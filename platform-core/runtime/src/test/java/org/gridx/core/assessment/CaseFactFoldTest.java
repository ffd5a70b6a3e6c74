package org.gridx.core.assessment;

import static org.gridx.core.assessment.fact.StatCounter.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridx.core.assessment.fact.CaseFactFold;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.FoldEntry;
import org.gridx.core.assessment.fact.StatCounter;
import org.junit.jupiter.api.Test;

class CaseFactFoldTest {

    private static final Instant T0 = Instant.parse("2026-09-26T03:04:00Z");

    /** A timeline written minute by minute: each move with the limit (minutes from its own time) it puts on record. */
    private static final class Timeline {
        final List<FoldEntry> entries = new ArrayList<>();
        String state = "new";

        Timeline move(int minute, String action, String to, Integer limitMinutes) {
            return move(minute, action, to, limitMinutes, null);
        }

        Timeline move(int minute, String action, String to, Integer limitMinutes, Integer rating) {
            Instant at = T0.plus(Duration.ofMinutes(minute));
            entries.add(new FoldEntry(entries.size() + 1, at, action, state, to,
                    limitMinutes == null ? null : at.plus(Duration.ofMinutes(limitMinutes)), rating));
            state = to;
            return this;
        }

        Counters fold() {
            return CaseFactFold.of(entries);
        }
    }

    private static void has(Counters c, long expected, StatCounter... counters) {
        for (StatCounter s : counters) {
            assertEquals(expected, c.get(s), s.name());
        }
    }

    @Test
    void theIllegalStructureCaseIsOnTimeAtEveryStep() {
        Counters c = new Timeline().move(0, "report", "reported", 30).move(3, "register", "registered", 30)
                .move(5, "dispatch", "dispatched", 30).move(9, "accept", "accepted", 120)
                .move(38, "handle", "handled", 30).move(47, "close", "closed", null)
                .move(60, "evaluate", "evaluated", null, 5).fold();
        has(c, 1, REPORTED, VERIFIED, VERIFIED_ON_TIME, VALID, REGISTERED, DISPATCHED, DISPATCHED_ON_TIME, ACCEPTED,
                ACCEPTED_ON_TIME, HANDLED, HANDLED_ON_TIME, CHECKS, CHECKS_ON_TIME, CLOSED, CLOSED_ON_TIME, RATED, SATISFIED);
        has(c, 0, HANDLED_LATE, REJECTED, MERGED, RETURNED, REWORKED, OPEN, OVERDUE_PENDING, POSTPONED);
        assertEquals(5, c.get(RATING_SUM));
        assertEquals(3 * 60, c.get(VERIFY_SECONDS));
        assertEquals(29 * 60, c.get(HANDLE_SECONDS));
        assertEquals(9 * 60, c.get(CHECK_SECONDS));
    }

    @Test
    void aLateHandlingWithAReturnAndAReworkIsCountedOnceEachAndTheCloseIsNotOnTime() {
        Counters c = new Timeline().move(0, "report", "reported", 30).move(10, "register", "registered", 30)
                .move(20, "dispatch", "dispatched", 30).move(25, "return", "registered", 30)
                .move(30, "dispatch", "dispatched", 30).move(40, "accept", "accepted", 60)
                .move(100, "overdue", "accepted", null).move(130, "handle", "handled", 30)
                .move(140, "rework", "accepted", 60).move(150, "handle", "handled", 30)
                .move(160, "close", "closed", null).fold();
        has(c, 1, DISPATCHED, DISPATCHED_ON_TIME, RETURNED, HANDLED, HANDLED_LATE, REWORKED, CLOSED);
        has(c, 0, HANDLED_ON_TIME, CLOSED_ON_TIME, OPEN, RATED);
        assertEquals(2, c.get(CHECKS));
        assertEquals(2, c.get(CHECKS_ON_TIME));
        assertEquals((90 + 10) * 60, c.get(HANDLE_SECONDS), "both passes through handling");
    }

    @Test
    void aPostponementMovesTheLimitSoALaterHandlingIsStillOnTime() {
        Counters c = new Timeline().move(0, "report", "reported", 30).move(5, "register", "registered", 30)
                .move(6, "dispatch", "dispatched", 30).move(7, "accept", "accepted", 60)
                .move(30, "request-postponement", "accepted", null).move(40, "approve-postponement", "accepted", 200)
                .move(200, "handle", "handled", 30).fold();
        has(c, 1, POSTPONED, HANDLED_ON_TIME, OPEN);
        has(c, 0, HANDLED_LATE, OVERDUE_PENDING);
    }

    @Test
    void anOverdueCaseWithADepartmentIsPendingOverdueUntilHandled() {
        Timeline t = new Timeline().move(0, "report", "reported", 30).move(5, "register", "registered", 30)
                .move(6, "dispatch", "dispatched", 30).move(7, "accept", "accepted", 60).move(70, "overdue", "accepted", null);
        has(t.fold(), 1, OPEN, OVERDUE_PENDING);
        has(t.move(90, "handle", "handled", 30).fold(), 0, OVERDUE_PENDING);
    }

    @Test
    void rejectedOnSpotAndMergedReportsAreVerifiedButOnlyTheOnSpotOneIsValid() {
        Counters rejected = new Timeline().move(0, "report", "reported", 30).move(40, "reject", "rejected", null).fold();
        has(rejected, 1, VERIFIED, REJECTED);
        has(rejected, 0, VERIFIED_ON_TIME, VALID, OPEN);
        Counters onSpot = new Timeline().move(0, "report", "reported", 30).move(1, "resolve-on-spot", "closed", null).fold();
        has(onSpot, 1, VERIFIED_ON_TIME, VALID, ON_SPOT, CLOSED, CLOSED_ON_TIME);
        Counters merged = new Timeline().move(0, "report", "reported", 30).move(2, "merge", "merged", null).fold();
        has(merged, 1, VERIFIED, MERGED);
        has(merged, 0, VALID, OPEN);
    }

    @Test
    void anEscalationMovesTheLimitAndIsCounted() {
        Counters c = new Timeline().move(0, "report", "reported", 30).move(5, "register", "registered", 30)
                .move(6, "dispatch", "dispatched", 30).move(7, "accept", "accepted", 60)
                .move(20, "escalate", "accepted", 24 * 60).move(600, "handle", "handled", 30).fold();
        has(c, 1, ESCALATED, HANDLED_ON_TIME);
    }

    @Test
    void aStepWithoutALimitOnRecordIsOnTimeUnlessMarkedOverdue() {
        Counters c = new Timeline().move(0, "report", "reported", null).move(500, "register", "registered", null).fold();
        has(c, 1, VERIFIED_ON_TIME);
    }
}
