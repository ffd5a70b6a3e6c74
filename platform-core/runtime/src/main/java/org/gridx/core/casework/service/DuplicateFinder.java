package org.gridx.core.casework.service;

import java.util.List;
import org.gridx.core.casework.domain.CaseSettings;

/**
 * A new report of the same item near an open case, within the tenant's radius and window, is probably the
 * same problem seen twice. It is only flagged (duplicateOf); the dispatcher decides and merges. The search is
 * part of intake's first query ({@link IntakeReads}): it needs the tenant's radius and window, which that
 * query reads too, so as a statement of its own it cost a round trip per report.
 */
final class DuplicateFinder {

    /**
     * The earliest such case, as a lateral join on the report ({@code p}: lat, lon, at) and the settings row
     * ({@code s}, NULLs for the defaults, the first two parameters). Served by the partial index
     * case_file_open_near (core/075), whose predicate must name every open state named here (a state added here
     * only makes the index unusable: change both together); the item, the box and the window are all
     * conditions of that index, so a report reads a few index entries, not every case of the window. The box
     * is a cheap index-friendly prefilter for the exact distance (a degree of latitude is ~111 km).
     */
    static final String NEAREST_OPEN = """
            LEFT JOIN LATERAL (SELECT coalesce(s.duplicate_radius_m, ?) AS m,
                                      CAST(coalesce(s.duplicate_window, ?) AS interval) AS w) r ON true
            LEFT JOIN LATERAL (
                SELECT d.id FROM case_file d
                 WHERE d.tenant_id = ? AND d.item_code = ?
                   AND d.state IN ('reported', 'registered', 'dispatched', 'accepted', 'handled')
                   AND d.lat BETWEEN p.lat - r.m / 111320.0 AND p.lat + r.m / 111320.0
                   AND d.lon BETWEEN p.lon - r.m / (111320.0 * greatest(0.01, cos(radians(p.lat))))
                                 AND p.lon + r.m / (111320.0 * greatest(0.01, cos(radians(p.lat))))
                   AND d.reported_at >= p.at - r.w
                   AND 2 * 6371000 * asin(sqrt(power(sin(radians(d.lat - p.lat) / 2), 2)
                       + cos(radians(p.lat)) * cos(radians(d.lat)) * power(sin(radians(d.lon - p.lon) / 2), 2))) <= r.m
                 ORDER BY d.reported_at LIMIT 1) dup ON true""";

    private DuplicateFinder() {
    }

    /** The parameters of {@link #NEAREST_OPEN}: a report without item or point has no duplicate (NULL matches nothing). */
    static List<Object> params(String tenant, String itemCode) {
        CaseSettings defaults = new CaseSettings();
        return java.util.Arrays.asList(defaults.duplicateRadiusM, defaults.duplicateWindow, tenant, itemCode);
    }
}
