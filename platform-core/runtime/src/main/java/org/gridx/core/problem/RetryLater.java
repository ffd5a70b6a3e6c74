package org.gridx.core.problem;

import java.time.Duration;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;

/** 429 with a Retry-After header: the caller is throttled and may try again after {@link #seconds()}. */
public class RetryLater extends ProblemException {

    private final long seconds;

    private RetryLater(long seconds, String what) {
        super(Problem.of(429, "Too many attempts", what + " Wait " + seconds + " seconds, then try again."));
        this.seconds = seconds;
    }

    public static RetryLater after(Duration wait) {
        return after(wait, "Too many failed sign-ins.");
    }

    /** {@code what} says what was refused, e.g. "Too many registrations from this address." */
    public static RetryLater after(Duration wait, String what) {
        // Round up, so a client that waits exactly Retry-After seconds is not refused again.
        return new RetryLater(Math.max(1, (wait.toMillis() + 999) / 1000), what);
    }

    public long seconds() {
        return seconds;
    }
}
