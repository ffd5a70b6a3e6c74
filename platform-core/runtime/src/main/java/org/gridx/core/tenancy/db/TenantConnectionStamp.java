package org.gridx.core.tenancy.db;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.gridx.api.tenant.TenantContext;

/**
 * Wall 2: every connection handed out by the pool carries the current tenant in {@code app.tenant_id},
 * which the row-level-security policies read; it is cleared on return so a pooled connection never leaks
 * one tenant into the next unit of work. No tenant means the empty string, and the policies then match
 * no row (fail closed).
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

    @Override
    public void onConnectionReturn(Connection connection) {
        try {
            stamp(connection, "");
        } catch (IllegalStateException e) {
            // A broken connection cannot be reset; the next acquire stamps it again before any use.
            Log.debugf(e, "could not clear the tenant on a returned connection");
        }
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
