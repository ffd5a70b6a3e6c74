package org.gridx.core.elements.service;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The grid of a new element: from its location when it has one and the locator knows it, else from the
 * grid code given; either way inside the caller's scope. Problems go into {@code problems} by field.
 */
@RequestScoped
public class ElementGrid {

    @Inject
    GridLocator locator;
    @Inject
    ScopedGrids grids;
    @Inject
    ElementScope scope;

    public UUID resolve(String gridCode, BigDecimal lon, BigDecimal lat, Map<String, String> problems) {
        Optional<UUID> located = lon == null || lat == null ? Optional.empty() : locator.locate(lon, lat);
        if (located.isPresent()) {
            if (!scope.covers(located.get())) {
                problems.put("lon", "this location lies in a grid outside your scope");
            }
            return located.get();
        }
        UUID id = gridCode == null ? null : grids.id(gridCode.trim());
        if (id == null) {
            problems.put("gridCode", gridCode == null ? "is required (the location does not resolve to a grid yet)"
                    : "no grid " + gridCode + " in your scope of this tenant");
        }
        return id;
    }
}
