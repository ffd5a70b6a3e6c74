package org.gridx.core.grid.geo;

import java.util.List;

/**
 * One thing wrong with how children tile their parent: a {@code gap} (parent ground no child covers), an
 * {@code overlap} (ground two children both claim), {@code outside} (a child's ground beyond its parent) or
 * {@code no-boundary} (a node that cannot be checked). Area in m²; (lon, lat) is a point inside the piece
 * to look at on the map.
 */
public record CoverageProblem(String kind, String parent, List<String> nodes, Double areaM2, Double lon, Double lat,
        String message) {

    public static final String GAP = "gap";
    public static final String OVERLAP = "overlap";
    public static final String OUTSIDE = "outside";
    public static final String NO_BOUNDARY = "no-boundary";
}
