package org.gridx.core.identity.service;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the access tokens this replica has verified, until they expire: checking the RS256 signature and
 * parsing the claims again on every call of a session was an eighth of a report's time in the JVM (JFR,
 * bench/case-intake.sh). The key is the whole token, so any other string — a changed signature, claim or
 * header — is verified in full; a remembered token is used only before its expiry, with no grace. At most
 * {@link #MAX} are kept; when full the memory starts afresh (each entry costs one verification to rebuild).
 * Everything but {@link #parse(String)} (what the bearer-token check calls) goes straight to the verifier.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

    static final int MAX = 20_000;

    @Inject
    DefaultJWTParser verifier;

    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis() / 1000;
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (known.getExpirationTime() > now) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken fresh = verifier.parse(token);
        if (fresh.getExpirationTime() > now) {
            if (verified.size() >= MAX) {
                verified.clear();
            }
            verified.put(token, fresh);
        }
        return fresh;
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
