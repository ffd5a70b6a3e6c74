package org.gridx.core.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.problem.ProblemException;

/**
 * The one answer to a sign-in with a username that has no account, for tenant accounts and platform
 * operators alike: the same time spent (a dummy hash), the same per-address count, and the same lock after
 * repeated failures as a real account, so no answer tells which usernames exist.
 */
@ApplicationScoped
public class UnknownUsernames {

    /** Operators' lock realm; not a valid tenant code, so it cannot collide with a tenant's usernames. */
    public static final String OPERATORS = "/operators";

    @Inject
    PhantomLocks phantoms;
    @Inject
    DummyHash dummy;
    @Inject
    UnknownUserThrottle addresses;

    /** Records the failure and returns the refusal to throw; 429 instead while the name is locked. */
    public ProblemException refuse(String realm, String username, String password, String clientAddress) {
        phantoms.ensureOpen(realm, username);
        dummy.burn(password);
        addresses.recordUnknown(clientAddress);
        phantoms.recordFailure(realm, username);
        return LoginFailures.wrongCredentials();
    }
}
