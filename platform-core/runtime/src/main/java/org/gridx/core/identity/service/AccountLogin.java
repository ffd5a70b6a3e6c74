package org.gridx.core.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.identity.domain.Account;

/**
 * Sign-in, refresh and sign-out of tenant accounts, in the current tenant. Failures are counted in the
 * same transaction that answers them, so that transaction commits although the caller gets an error
 * ({@code dontRollbackOn}).
 */
@ApplicationScoped
public class AccountLogin {

    @Inject
    PasswordHasher hasher;
    @Inject
    LoginLock lock;
    @Inject
    UnknownUserThrottle unknownUsers;
    @Inject
    UnknownUsernames unknownUsernames;
    @Inject
    TenantContext tenants;
    @Inject
    TokenIssuer issuer;
    @Inject
    RefreshTokens refreshTokens;
    @Inject
    JwtConfig config;

    @Transactional(dontRollbackOn = ProblemException.class)
    public IssuedTokens login(String username, String password, String clientAddress) {
        unknownUsers.ensureOpen(clientAddress);
        // The row lock serialises concurrent guesses at one account, so none escapes the failure count.
        String name = username.trim().toLowerCase(java.util.Locale.ROOT);
        Account a = Account.<Account>find("username", name).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (a == null || a.passwordHash == null) {
            throw unknownUsernames.refuse(tenants.require(), name, password, clientAddress);
        }
        Instant now = Instant.now();
        lock.ensureOpen(a.lockedUntil, now);
        if (!hasher.verify(password, a.passwordHash) || !a.isActive()) {
            a.failedLogins++;
            a.lockedUntil = lock.lockAfter(a.failedLogins, now);
            throw LoginFailures.wrongCredentials();
        }
        a.failedLogins = 0;
        a.lockedUntil = null;
        return issue(a);
    }

    @Transactional(dontRollbackOn = ProblemException.class)
    public IssuedTokens refresh(String refreshToken) {
        UUID accountId = refreshTokens.consume(refreshToken).orElseThrow(LoginFailures::invalidRefresh);
        Account a = Account.findById(accountId);
        if (a == null || !a.isActive()) {
            throw LoginFailures.invalidRefresh();
        }
        return issue(a);
    }

    @Transactional
    public void logout(String refreshToken) {
        refreshTokens.revoke(refreshToken);
    }

    private IssuedTokens issue(Account a) {
        return new IssuedTokens(issuer.forAccount(a), refreshTokens.issue(a.id), config.accessTtl(),
                config.refreshTtl());
    }
}
