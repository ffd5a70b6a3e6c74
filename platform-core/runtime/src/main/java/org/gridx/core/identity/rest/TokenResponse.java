package org.gridx.core.identity.rest;

import org.gridx.core.identity.service.IssuedTokens;

/** OAuth-style token answer; {@code expiresIn} is the access token's lifetime in seconds. */
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {

    static TokenResponse of(IssuedTokens t) {
        return new TokenResponse(t.accessToken(), t.refreshToken(), "Bearer", t.accessTtl().toSeconds());
    }
}
