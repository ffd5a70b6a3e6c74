package org.gridx.core.tenancy.db;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.gridx.api.tenant.TenantContext;

/**
 * Wall 2: every connection handed out by the pool carries the current tenant in {@code app.tenant_id},
 * which the row-level-security policies read. No tenant means the empty string, and the policies then
 * match no row (fail closed). Every checkout stamps, so a pooled connection never carries one unit of
 * work's tenant into the next; clearing it again on return would only add a round trip per checkout
 * (measured: bench/api-overhead.sh) without closing any path, since nothing uses a connection between
 * return and the next checkout.
 */
@ApplicationScoped
public class TenantConnectionStamp implements AgroalPoolInterceptor {

    private static final String SET = "SELECT set_config('app.tenant_id', ?, false)";

    @Inject
    TenantContext tenantContext;

    @Override
    public void onConnectionAcquire(Connection connection) {
        stamp(connection, tenantContext.current().orElse(""));
    }

    private static void stamp(Connection connection, String tenant) {
        try (PreparedStatement ps = connection.prepareStatement(SET)) {
            ps.setString(1, tenant);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the tenant on a database connection", e);
        }
    }
}
