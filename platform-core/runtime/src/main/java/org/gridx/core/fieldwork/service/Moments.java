package org.gridx.core.fieldwork.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;

/** Field records describe what happened: a time in the future is a typo (a few minutes of phone clock drift allowed). */
final class Moments {

    private static final Duration DRIFT = Duration.ofMinutes(5);

    private Moments() {
    }

    static void notInFuture(Instant at, String pointer) {
        if (at.isAfter(Instant.now().plus(DRIFT))) {
            throw ProblemException.invalid("The time is in the future.",
                    List.of(new FieldProblem(pointer, "must not be later than now; leave it out to use the current time")));
        }
    }
}
