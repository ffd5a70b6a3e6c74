package org.gridx.core.problem;

import java.time.Duration;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;

/** 429 with a Retry-After header: the caller is throttled and may try again after {@link #seconds()}. */
public class RetryLater extends ProblemException {

    private final long seconds;

    private RetryLater(long seconds) {
        super(Problem.of(429, "Too many attempts",
                "Too many failed sign-ins. Wait " + seconds + " seconds, then try again."));
        this.seconds = seconds;
    }

    public static RetryLater after(Duration wait) {
        // Round up, so a client that waits exactly Retry-After seconds is not refused again.
        return new RetryLater(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    public long seconds() {
        return seconds;
    }
}
