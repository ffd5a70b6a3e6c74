package org.gridx.core.casework.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.casework.domain.CaseFile;

/**
 * What a step sees (the case, the input, who acts, when) and what it leaves for the record: the note, data
 * and photos of the timeline entry, and whether the step's clock restarts.
 */
public final class StepContext {

    public final CaseFile c;
    public final ActionInput in;
    public final Actor actor;
    public final Instant now;
    public final Map<String, Object> data = new LinkedHashMap<>();
    public final Map<String, List<UUID>> photos = new LinkedHashMap<>();
    public String note;
    /** False for moves within a step (a reminder, a postponement asked) that keep its deadline as it is. */
    public boolean restartClock = true;

    public StepContext(CaseFile c, ActionInput in, Actor actor, Instant now) {
        this.c = c;
        this.in = in;
        this.actor = actor;
        this.now = now;
        this.note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
    }

    /** The note, required as the reason for this move. */
    public String reason(String example) {
        if (note == null) {
            throw ProblemException.invalid("Give a reason.", List.of(new FieldProblem("/note",
                    "say why, e.g. " + example)));
        }
        return note;
    }
}
