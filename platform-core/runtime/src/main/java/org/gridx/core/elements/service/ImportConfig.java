package org.gridx.core.elements.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of element imports: upload size (also capped by quarkus.http.limits.max-body-size) and rows per file. */
@ConfigMapping(prefix = "gridx.elements.import")
public interface ImportConfig {

    @WithDefault("8388608")
    int maxBytes();

    @WithDefault("50000")
    int maxRows();
}
