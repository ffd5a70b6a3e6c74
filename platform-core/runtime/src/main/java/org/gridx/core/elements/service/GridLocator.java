package org.gridx.core.elements.service;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * Point → deepest grid node containing it, for elements that have a location. The grid capability
 * provides the real implementation (spatial index); until it is wired, {@link ExplicitGridOnly} answers
 * "unknown" and callers must name the grid explicitly.
 */
public interface GridLocator {

    /** The id of the deepest grid node of the current tenant containing (lon, lat), if any. */
    Optional<UUID> locate(BigDecimal lon, BigDecimal lat);
}
