package org.gridx.core.casework.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.domain.CaseSettings;

/**
 * A new report of the same item near an open case, within the tenant's radius and window, is probably the
 * same problem seen twice. It is only flagged (duplicateOf); the dispatcher decides and merges.
 */
@ApplicationScoped
public class DuplicateFinder {

    @Inject
    EntityManager em;
    @Inject
    LoopSettings settings;

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
        // No result class: Hibernate keys a scalar-typed native query by a result builder without value
        // equality, so every call added an identical entry to its plan cache and lookups slowed as it filled.
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                SELECT id FROM case_file
                 WHERE item_code = :item AND state IN ('reported','registered','dispatched','accepted','handled')
                   AND reported_at >= :since AND lon BETWEEN :lon0 AND :lon1 AND lat BETWEEN :lat0 AND :lat1
                   AND 2 * 6371000 * asin(sqrt(power(sin(radians(lat - :lat) / 2), 2)
                       + cos(radians(:lat)) * cos(radians(lat)) * power(sin(radians(lon - :lon) / 2), 2))) <= :r
                 ORDER BY reported_at LIMIT 1""")
                .setParameter("item", c.itemCode).setParameter("since", since)
                .setParameter("lon0", c.lon - dLon).setParameter("lon1", c.lon + dLon)
                .setParameter("lat0", c.lat - dLat).setParameter("lat1", c.lat + dLat)
                .setParameter("lat", c.lat).setParameter("lon", c.lon).setParameter("r", radius).getResultList();
        return ids.stream().findFirst();
    }
}
