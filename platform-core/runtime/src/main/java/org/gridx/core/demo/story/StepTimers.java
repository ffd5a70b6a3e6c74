package org.gridx.core.demo.story;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.lists.domain.EscalationStep;

/**
 * What happens inside a step while it waits for its next move, exactly as the timers and the centre would
 * record it: the reminder part-way (催办), the deadline passing (超期, then one rung up the item's escalation
 * path if it has one, with that rung's own limit), and a postponement asked and approved (延期).
 */
final class StepTimers {

    private StepTimers() {
    }

    /** A postponement in this step: asked at {@code at} by {@code handler}, approved by {@code centre} after {@code wait}. */
    record Postponement(Instant at, Duration decidedAfter, String extension, Person handler, Person centre) {
    }

    /** Entries up to (not including) {@code until}, in time order. */
    static void run(StoryCase c, Instant until, Postponement p, GridSpot grid, Street street) {
        Postponement pending = p;
        while (true) {
            Instant deadlineFires = c.deadlineArmed ? c.dueAt.plusSeconds(2) : null;
            Instant next = earliest(earliest(c.remindAt, deadlineFires), pending == null ? null : pending.at());
            if (next == null || !next.isBefore(until)) {
                return;
            }
            if (next.equals(c.remindAt)) {
                c.within(next, CaseAction.REMIND, Person.SYSTEM, "请在 " + c.dueAt + " 前完成 / due " + c.dueAt,
                        Map.of("due", String.valueOf(c.dueAt)));
                c.remindAt = null;
            } else if (pending != null && next.equals(pending.at())) {
                postpone(c, pending, until, street);
                pending = null;
            } else {
                deadline(c, next, grid, street);
            }
        }
    }

    private static void postpone(StoryCase c, Postponement p, Instant until, Street street) {
        Instant decided = p.at().plus(p.decidedAfter());
        if (!decided.isBefore(until)) {
            return;
        }
        c.within(p.at(), CaseAction.REQUEST_POSTPONEMENT, p.handler(), "需采购配件，延期完成 / parts on order",
                Map.of("extension", p.extension()));
        Instant from = c.dueAt == null ? decided : c.dueAt;
        Instant due = street.calendar().deadline(from, Duration.parse(p.extension()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("extension", p.extension());
        data.put("previousDue", String.valueOf(c.dueAt));
        data.put("due", due.toString());
        c.within(decided, CaseAction.APPROVE_POSTPONEMENT, p.centre(), null, data);
        c.postponements++;
        c.runUntil(decided, due);
    }

    /** CaseDeadlineTimer: mark overdue, and go one rung up when the path has one (which arms a new deadline). */
    private static void deadline(StoryCase c, Instant at, GridSpot grid, Street street) {
        c.within(at, CaseAction.OVERDUE, Person.SYSTEM, "超过时限 / limit passed", Map.of("due", String.valueOf(c.dueAt)));
        c.overdue = true;
        c.deadlineArmed = false;
        c.remindAt = null;
        Optional<EscalationStep> rung = c.item.path().stream()
                .filter(s -> EscalationStep.LEVELS.indexOf(s.level()) > EscalationStep.LEVELS.indexOf(c.level)).findFirst();
        if (rung.isEmpty()) {
            return;
        }
        EscalationStep s = rung.get();
        String handler = street.escalationHandler(grid, s.level(), s.role());
        Instant due = street.calendar().deadline(at, Duration.parse(s.within()));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("fromLevel", c.level);
        data.put("level", s.level());
        data.put("role", s.role());
        data.put("handler", handler);
        data.put("due", due.toString());
        data.put("automatic", true);
        c.within(at, CaseAction.ESCALATE, Person.SYSTEM, "超期自动升级 / escalated when the limit passed", data);
        c.level = s.level();
        c.levelHandler = handler;
        if (handler != null) {
            c.escalationHandlers.add(handler);
        }
        c.runUntil(at, due);
        c.overdue = true; // the missed limit stays on record
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
