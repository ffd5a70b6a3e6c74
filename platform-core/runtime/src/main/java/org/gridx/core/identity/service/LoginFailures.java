package org.gridx.core.identity.service;

import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;

/** The answers a failed sign-in gets; deliberately the same whatever exactly was wrong. */
public final class LoginFailures {

    private LoginFailures() {
    }

    /** Unknown user, wrong password and disabled account all look alike, so usernames cannot be probed. */
    public static ProblemException wrongCredentials() {
        return new ProblemException(Problem.of(401, "Sign-in failed",
                "The username or password is wrong. Check both and try again."));
    }

    public static ProblemException invalidRefresh() {
        return new ProblemException(Problem.of(401, "Session ended",
                "The refresh token is unknown, expired or already used. Sign in again."));
    }
}
