package org.gridx.core.identity.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** What the platform puts into the tokens it issues; verification reads the same values (mp.jwt.verify.*). */
@ConfigMapping(prefix = "gridx.jwt")
public interface JwtConfig {

    String issuer();

    String audience();

    /** Short, because an access token cannot be revoked before it expires. */
    @WithDefault("PT15M")
    Duration accessTtl();

    @WithDefault("P7D")
    Duration refreshTtl();
}
