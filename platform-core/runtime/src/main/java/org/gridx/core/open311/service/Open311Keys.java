package org.gridx.core.open311.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.open311.domain.Open311Key;

/**
 * Issues, lists, revokes and checks Open311 API keys. A key is 32 random bytes; the database keeps its
 * SHA-256 only (a random 256-bit secret needs no slow hash: nothing can be guessed from the digest), and
 * the lookup is by digest within the request's tenant, so a key of one tenant is simply unknown in another.
 */
@ApplicationScoped
@Transactional
public class Open311Keys {

    static final String PREFIX = "o311_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    GridxClock clock;

    public record KeyView(UUID id, String name, Instant createdAt, String createdBy, Instant revokedAt, Instant lastUsedAt) {
        static KeyView of(Open311Key k) {
            return new KeyView(k.id, k.name, k.createdAt, k.createdBy, k.revokedAt, k.lastUsedAt);
        }
    }

    /** The new key's record and the key itself, which is never shown again. */
    public record IssuedKey(UUID id, String name, String key, Instant createdAt, String note) {
    }

    public IssuedKey issue(String name, String by) {
        if (Open311Key.nameTaken(name)) {
            throw ProblemException.conflict("There is already an Open311 key named '" + name
                    + "' (names are never reused, even after revoking); choose another name.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Open311Key k = new Open311Key();
        k.name = name;
        k.keyHash = hash(key);
        k.createdAt = clock.now();
        k.createdBy = by;
        k.persist();
        return new IssuedKey(k.id, k.name, key, k.createdAt,
                "Store this key now: only its hash is kept, it cannot be shown again. Clients send it as api_key.");
    }

    public List<KeyView> list() {
        return Open311Key.all().stream().map(KeyView::of).toList();
    }

    public KeyView revoke(UUID id) {
        Open311Key k = Open311Key.findById(id);
        if (k == null) {
            throw ProblemException.notFound("There is no Open311 key " + id + " in this tenant.");
        }
        if (k.revokedAt == null) {
            k.revokedAt = clock.now();
        }
        return KeyView.of(k);
    }

    /** The active key {@code plain} names in this tenant, marked as used now; else a 403 in Open311 format. */
    public Open311Key use(String plain) {
        if (plain == null || plain.isBlank()) {
            throw Open311Exception.forbidden("api_key is missing: ask the tenant administrator for an Open311 key "
                    + "and send it as the api_key field.");
        }
        Open311Key k = Open311Key.byHash(hash(plain.strip())).filter(Open311Key::isActive).orElseThrow(() ->
                Open311Exception.forbidden("Invalid api_key: it is unknown here or has been revoked; ask the tenant "
                        + "administrator for a key of this tenant."));
        k.lastUsedAt = clock.now();
        return k;
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
