package org.gridx.core.elements.service;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The data key for personal data at rest: 32 random bytes, base64 (env GRIDX_DATA_KEY). */
@ConfigMapping(prefix = "gridx.crypto")
public interface CryptoConfig {

    Optional<String> key();
}
