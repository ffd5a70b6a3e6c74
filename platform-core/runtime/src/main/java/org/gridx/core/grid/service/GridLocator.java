package org.gridx.core.grid.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.grid.geo.GeoJson;
import org.gridx.core.grid.geo.GridIndex;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * The per-tenant in-memory locate index. Every grid_node write bumps the tenant's grid_tree_version (a
 * database trigger, so imports and other replicas count too); each lookup reads that one row by primary
 * key and rebuilds the index lazily when it moved. Readers never block: an index is immutable and swapped
 * whole; one rebuild per tenant at a time (the others keep using the old index until then).
 */
@ApplicationScoped
public class GridLocator {

    record Built(long version, GridIndex index) {
    }

    private final Map<String, Built> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    @Inject
    TenantContext tenants;
    @Inject
    TransactionSql sql;

    /**
     * The tenant's tree version as a scalar subquery (one parameter, the tenant), for a caller that reads it with
     * its own first query and then asks {@link #index(long)}: intake saves a round trip per report that way.
     */
    public static final String VERSION = "(SELECT version FROM grid_tree_version WHERE tenant_id = ?)";

    @Transactional
    public GridIndex index() {
        return index(version(tenants.require()));
    }

    /** The index of the tree at {@code version}, read by the caller in this transaction (0: no tree yet). */
    @Transactional
    public GridIndex index(long version) {
        String tenant = tenants.require();
        Built built = cache.get(tenant);
        if (built != null && built.version() >= version) {
            return built.index();
        }
        synchronized (locks.computeIfAbsent(tenant, t -> new Object())) {
            built = cache.get(tenant);
            if (built == null || built.version() < version) {
                built = new Built(version, build());
                cache.put(tenant, built);
            }
            return built.index();
        }
    }

    /** Plain SQL: asked on every report, where Hibernate's native-query path cost several times the query. */
    private long version(String tenant) {
        return sql.rows("SELECT " + VERSION, rs -> rs.getLong(1), tenant).get(0); // NULL (no tree yet) reads as 0
    }

    private static GridIndex build() {
        List<GridIndex.Entry> entries = GridNode.<GridNode>list("retiredAt is null and boundary is not null").stream()
                .map(n -> new GridIndex.Entry(n.id, n.code, n.level, GeoJson.parse(n.boundary))).toList();
        return new GridIndex(entries);
    }
}
