package org.gridx.core.elements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import org.gridx.core.grid.geo.GridIndex;

/**
 * Elements find their grid through the grid capability's spatial index: the deepest live grid whose
 * boundary contains the point. A point outside every boundary (or a tenant without boundaries) stays
 * unknown, and the caller must then name the grid.
 */
@ApplicationScoped
public class IndexedGridLocator implements GridLocator {

    @Inject
    org.gridx.core.grid.service.GridLocator grids;

    @Override
    public Optional<UUID> locate(BigDecimal lon, BigDecimal lat) {
        if (lon == null || lat == null) {
            return Optional.empty();
        }
        return grids.index().locate(lon.doubleValue(), lat.doubleValue())
                .map(GridIndex.Hit::id); // the index is rebuilt whenever the tree changes, so its ids are live
    }
}
