package org.gridx.core.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.gridx.core.identity.domain.RefreshToken;

/**
 * Single-use refresh tokens with rotation. Only the SHA-256 of a token is stored, so a copy of the
 * table cannot be replayed. A token presented a second time means it leaked (or was stolen before its
 * owner used it): all of the account's refresh tokens are then revoked, ending every session.
 */
@ApplicationScoped
public class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    JwtConfig config;

    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(UUID accountId) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        RefreshToken t = new RefreshToken();
        t.accountId = accountId;
        t.tokenHash = hash(token);
        t.expiresAt = Instant.now().plus(config.refreshTtl());
        t.persist();
        return token;
    }

    /** Uses up {@code token}; the account it belongs to when it was valid and unused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> consume(String token) {
        RefreshToken t = find(token);
        if (t == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (t.revokedAt != null) {
            revokeAll(t.accountId, now);
            return Optional.empty();
        }
        t.revokedAt = now;
        return t.expiresAt.isAfter(now) ? Optional.of(t.accountId) : Optional.empty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String token) {
        RefreshToken t = find(token);
        if (t != null && t.revokedAt == null) {
            t.revokedAt = Instant.now();
        }
    }

    private static RefreshToken find(String token) {
        return RefreshToken.<RefreshToken>find("tokenHash", hash(token))
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    private static void revokeAll(UUID accountId, Instant now) {
        RefreshToken.update("revokedAt = ?1 where accountId = ?2 and revokedAt is null", now, accountId);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
