package org.gridx.core.grid.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.geo.GeoJson;

/** A node as the API shows it; {@code boundary} only in single-node answers, {@code children} only in the tree. */
public record GridNodeView(String code, String parent, int level, String nameZh, String nameEn, String kind,
        Integer households, boolean hasBoundary, Instant retiredAt, JsonNode boundary, List<GridNodeView> children) {

    public static GridNodeView of(GridNode n, String parentCode, boolean withBoundary, List<GridNodeView> children) {
        return new GridNodeView(n.code, parentCode, n.level, n.nameZh, n.nameEn, n.kind, n.households,
                n.boundary != null, n.retiredAt,
                withBoundary && n.boundary != null ? GeoJson.write(GeoJson.parse(n.boundary)) : null, children);
    }
}
