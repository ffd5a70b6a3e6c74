package org.gridx.core.identity.service;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.TokenClaims;
import org.gridx.core.identity.domain.Account;

/**
 * The tenant account behind the verified token of this request (subject = account id). A token whose
 * account was deleted or disabled since it was issued counts as not signed in.
 */
@RequestScoped
public class SignedIn {

    @Inject
    JsonWebToken jwt;

    private Account account;

    public Optional<Account> find() {
        if (account == null && jwt.getRawToken() != null && jwt.getClaim(TokenClaims.TENANT) != null) {
            try {
                Account a = Account.findById(UUID.fromString(jwt.getSubject()));
                account = a != null && a.isActive() ? a : null;
            } catch (IllegalArgumentException notAnAccountId) {
                account = null;
            }
        }
        return Optional.ofNullable(account);
    }

    public Account account() {
        return find().orElseThrow(UnauthorizedException::new);
    }
}
