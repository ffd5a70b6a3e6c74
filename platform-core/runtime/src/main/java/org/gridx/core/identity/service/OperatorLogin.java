package org.gridx.core.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.identity.domain.OperatorAccount;

/**
 * Sign-in of platform operators: the same throttling as tenant accounts, but no refresh token (refresh
 * tokens are tenant-owned rows); an operator signs in again when the short access token expires.
 */
@ApplicationScoped
public class OperatorLogin {

    @Inject
    PasswordHasher hasher;
    @Inject
    UnknownUsernames unknownUsernames;
    @Inject
    LoginLock lock;
    @Inject
    UnknownUserThrottle unknownUsers;
    @Inject
    TokenIssuer issuer;
    @Inject
    JwtConfig config;

    @Transactional(dontRollbackOn = ProblemException.class)
    public IssuedTokens login(String username, String password, String clientAddress) {
        unknownUsers.ensureOpen(clientAddress);
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        OperatorAccount o = OperatorAccount.findById(name, LockModeType.PESSIMISTIC_WRITE);
        if (o == null) {
            throw unknownUsernames.refuse(UnknownUsernames.OPERATORS, name, password, clientAddress);
        }
        Instant now = Instant.now();
        lock.ensureOpen(o.lockedUntil, now);
        if (!hasher.verify(password, o.passwordHash)) {
            o.failedLogins++;
            o.lockedUntil = lock.lockAfter(o.failedLogins, now);
            throw LoginFailures.wrongCredentials();
        }
        o.failedLogins = 0;
        o.lockedUntil = null;
        return new IssuedTokens(issuer.forOperator(o), null, config.accessTtl(), null);
    }
}
