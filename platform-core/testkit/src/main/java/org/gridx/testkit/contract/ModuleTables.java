package org.gridx.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A module's tables as PostgreSQL sees them (tenant_id, primary key, row-level security), read from the
 * catalogue rather than from the changelog text, so the check holds whatever SQL the module wrote.
 */
final class ModuleTables {

    /** One table's tenancy facts. */
    record Table(String name, boolean tenantColumn, boolean tenantInKey, boolean rowSecurity, boolean forced,
            long policies) {
    }

    private static final String FACTS = "SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
            + "(SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid) AS policies, "
            + "EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' "
            + "   AND NOT a.attisdropped) AS tenant_col, "
            + "EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey) "
            + "   WHERE i.indrelid = c.oid AND i.indisprimary AND a.attname = 'tenant_id') AS tenant_in_pk "
            + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND starts_with(c.relname, ?) ORDER BY 1";

    private ModuleTables() {
    }

    static List<Table> of(Connection c, String prefix) throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(FACTS)) {
            ps.setString(1, prefix);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(new Table(rs.getString("relname"), rs.getBoolean("tenant_col"), rs.getBoolean("tenant_in_pk"),
                            rs.getBoolean("relrowsecurity"), rs.getBoolean("relforcerowsecurity"), rs.getLong("policies")));
                }
            }
        }
        return tables;
    }

    static List<String> names(List<Table> tables) {
        return tables.stream().map(Table::name).toList();
    }

    /** Fails with the table and the rule it breaks (ARCHITECTURE.md, "two walls"). */
    static void assertTenantOwned(List<Table> tables) {
        for (Table t : tables) {
            assertTrue(t.tenantColumn(), t.name() + " has no tenant_id column");
            assertTrue(t.tenantInKey(), t.name() + "'s primary key must include tenant_id");
            assertTrue(t.rowSecurity(), t.name() + ": row-level security is not enabled; call gridx_tenant_table");
            assertTrue(t.forced(), t.name() + ": row-level security is not forced; call gridx_tenant_table");
            assertTrue(t.policies() > 0, t.name() + " has no row-level-security policy; call gridx_tenant_table");
        }
    }
}
