package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseSettings;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * A new report of the same item near an open case, within the tenant's radius and window, is probably the
 * same problem seen twice. It is only flagged (duplicateOf); the dispatcher decides and merges.
 */
@ApplicationScoped
public class DuplicateFinder {

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;
    @Inject
    LoopSettings settings;

    /**
     * Served by the partial index case_file_open_near (core/075), whose predicate must name every open state
     * named here (a state added here only makes the index unusable: change both together); the item, the box
     * and the window are all conditions of that index, so a report reads a few index entries, not every case
     * of the window.
     */
    public static final String SEARCH = """
            SELECT id FROM case_file
             WHERE tenant_id = ? AND item_code = ? AND state IN ('reported', 'registered', 'dispatched', 'accepted', 'handled')
               AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND reported_at >= ?
               AND 2 * 6371000 * asin(sqrt(power(sin(radians(lat - ?) / 2), 2)
                   + cos(radians(?)) * cos(radians(lat)) * power(sin(radians(lon - ?) / 2), 2))) <= ?
             ORDER BY reported_at LIMIT 1""";

    public Optional<UUID> candidate(CaseFile c) {
        if (c.lon == null || c.itemCode == null) {
            return Optional.empty();
        }
        CaseSettings s = settings.get();
        double radius = s.duplicateRadiusM;
        // a degree of latitude is ~111 km; the box is a cheap index-friendly prefilter for the exact distance
        double dLat = radius / 111_320d;
        double dLon = radius / (111_320d * Math.max(0.01, Math.cos(Math.toRadians(c.lat))));
        Instant since = c.reportedAt.minus(Duration.parse(s.duplicateWindow));
        List<UUID> ids = sql.rows(SEARCH, rs -> rs.getObject(1, UUID.class), tenants.require(), c.itemCode,
                c.lat - dLat, c.lat + dLat, c.lon - dLon, c.lon + dLon, Timestamp.from(since), c.lat, c.lat, c.lon, radius);
        return ids.stream().findFirst();
    }
}
