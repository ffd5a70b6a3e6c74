package org.gridx.core.identity.service;

import java.time.Duration;

/** What a successful sign-in or refresh hands out; {@code refreshToken} is null for operators. */
public record IssuedTokens(String accessToken, String refreshToken, Duration accessTtl, Duration refreshTtl) {
}
