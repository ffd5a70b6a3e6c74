package org.gridx.core.tenancy.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refuses to start when the application's database role would silently switch row-level security off:
 * a superuser or a BYPASSRLS role sees every tenant's rows whatever the policies say.
 */
@ApplicationScoped
public class DatabaseRoleGuard {

    void check(@Observes StartupEvent event, AgroalDataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT current_user, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
            rs.next();
            String role = rs.getString(1);
            if (rs.getBoolean(2) || rs.getBoolean(3)) {
                throw new IllegalStateException("GridX refuses to start: the application connects to PostgreSQL as '"
                        + role + "', which is a superuser or has BYPASSRLS, so tenant isolation would be off. "
                        + "Connect as a plain role (NOSUPERUSER NOBYPASSRLS) and run migrations as the schema owner "
                        + "(GRIDX_DB_USER / GRIDX_DB_OWNER_USER).");
            }
        }
    }
}
