package org.gridx.core.demo.story;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.casework.domain.CaseTransitions;
import org.gridx.core.casework.domain.Transition;

/**
 * A generated case as the loop would leave it after each move: its record so far and the fields the case
 * file keeps. {@link #move} mirrors CaseFlow: the table must have the move, a step-starting move restarts
 * the clock (its limit goes on record as {@code due}) and re-arms the deadline and reminder timers.
 */
public final class StoryCase {

    public final List<StoryEntry> entries = new ArrayList<>();
    public final ItemSpec item;
    public CaseState state = CaseState.NEW;
    public Instant stepStartedAt;
    public Instant dueAt;
    public Instant closedAt;
    public boolean overdue;
    public Short rating;
    public short reworks;
    public short returns;
    public short postponements;
    public String level = "grid";
    public String levelHandler;
    /** Everyone an escalation named as its handler (each becomes a party of the case, as EscalateStep adds them). */
    public final java.util.Set<String> escalationHandlers = new java.util.LinkedHashSet<>();
    public String lead;
    public List<String> co = List.of();
    /** Timers pending in the current step: the reminder (null once fired) and whether the deadline still fires. */
    Instant remindAt;
    boolean deadlineArmed;
    private final int remindPercent;

    StoryCase(ItemSpec item, int remindPercent) {
        this.item = item;
        this.remindPercent = remindPercent;
    }

    /** A move that leaves the step: the next step's clock starts with its limit from the list. */
    Map<String, Object> move(Instant at, CaseAction action, Person who, String note, Map<String, Object> data,
            Street street) {
        Transition t = transition(action);
        state = t.to();
        stepStartedAt = at;
        overdue = false;
        Duration limit = limit(state);
        dueAt = limit == null ? null : micros(street.calendar().deadline(at, limit));
        Map<String, Object> d = new LinkedHashMap<>(data);
        if (dueAt != null) {
            d.put("due", dueAt.toString());
        }
        arm(at, dueAt);
        entries.add(new StoryEntry(at, t, who.username(), who.roleFor(t), note, d));
        return d;
    }

    /** A move within the step (timers, postponements, escalations): the clock runs on. */
    void within(Instant at, CaseAction action, Person who, String note, Map<String, Object> data) {
        Transition t = transition(action);
        entries.add(new StoryEntry(at, t, who.username(), who.roleFor(t), note, new LinkedHashMap<>(data)));
    }

    /** Same step, new deadline (CaseDeadlines.runUntil): both timers re-armed. */
    void runUntil(Instant at, Instant due) {
        dueAt = micros(due);
        overdue = !dueAt.isAfter(at);
        arm(at, dueAt);
    }

    private void arm(Instant at, Instant due) {
        deadlineArmed = due != null;
        long span = due == null ? 0 : Duration.between(at, due).toMillis();
        remindAt = span > 0 ? at.plusMillis(span * remindPercent / 100).truncatedTo(ChronoUnit.SECONDS) : null;
    }

    /** Whether the step's deadline timer is still to fire (false once it fired with no rung above). */
    public boolean deadlineArmed() {
        return deadlineArmed;
    }

    /** When the step's reminder fires, or null when it has fired or the step has no limit. */
    public Instant reminderAt() {
        return remindAt;
    }

    private Transition transition(CaseAction action) {
        CaseState from = state;
        return CaseTransitions.find(from, action).orElseThrow(() -> new IllegalStateException(
                "the loop has no '" + action.code() + "' from " + from.code()));
    }

    private Duration limit(CaseState s) {
        return switch (s) {
            case REPORTED -> item.verify();
            case REGISTERED -> item.dispatch();
            case DISPATCHED -> item.accept();
            case ACCEPTED -> item.handle();
            case HANDLED -> item.check();
            default -> null;
        };
    }

    private static Instant micros(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS);
    }
}
