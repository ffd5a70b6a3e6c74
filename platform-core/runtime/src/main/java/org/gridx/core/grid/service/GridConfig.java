package org.gridx.core.grid.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.gridx.core.grid.geo.CoverageTolerance;

/** Tolerance of the coverage check for digitising noise (see {@link CoverageTolerance}). */
@ConfigMapping(prefix = "gridx.grid.coverage")
public interface GridConfig {

    /** Gaps and overlaps smaller than this many m² are noise. */
    @WithDefault("1.0")
    double minAreaM2();

    /** Slivers thinner than this many metres everywhere are noise (an edge digitised twice). */
    @WithDefault("0.5")
    double minWidthM();

    default CoverageTolerance tolerance() {
        return new CoverageTolerance(minAreaM2(), minWidthM());
    }
}
