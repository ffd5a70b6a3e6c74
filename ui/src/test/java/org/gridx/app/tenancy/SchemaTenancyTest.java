package org.gridx.app.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/**
 * The migrations, applied to the empty database this run created, leave every tenant-owned table behind
 * both walls: forced row-level security with the fail-closed policy, and a key that starts with tenant_id
 * (which also keeps the schema ready to distribute by tenant with Citus). Tables without tenant_id must be
 * the known global ones.
 */
@QuarkusTest
class SchemaTenancyTest {

    /** Global on purpose: the tenant directory, platform operators, the national catalogue, and Liquibase's own bookkeeping. */
    static final Set<String> GLOBAL = Set.of("tenant", "operator_account", "databasechangelog", "databasechangeloglock",
            "catalogue_entry", "case_transition");

    @Test
    void migrationsApplied() {
        assertTrue(AdminSql.count("SELECT count(*) FROM databasechangelog") > 0);
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM databasechangeloglock WHERE locked"));
    }

    @Test
    void everyTableIsTenantOwnedOrKnownGlobal() {
        for (Map<String, Object> t : tables()) {
            String name = (String) t.get("relname");
            boolean owned = (Boolean) t.get("has_tenant");
            assertTrue(owned || GLOBAL.contains(name), name + " has no tenant_id and is not a known global table");
        }
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurityAndTheFailClosedPolicy() {
        for (Map<String, Object> t : tables()) {
            if (!(Boolean) t.get("has_tenant")) {
                continue;
            }
            String name = (String) t.get("relname");
            assertTrue((Boolean) t.get("relrowsecurity"), name + ": row-level security is off");
            assertTrue((Boolean) t.get("relforcerowsecurity"), name + ": row-level security is not forced");
            String policy = (String) AdminSql.query("SELECT qual FROM pg_policies WHERE tablename = ? AND policyname = 'tenant_isolation'",
                    name).stream().findFirst().map(r -> r.get("qual")).orElse("");
            assertTrue(policy.contains("NULLIF(current_setting('app.tenant_id'::text, true), ''::text)"),
                    name + ": policy is not the fail-closed tenant policy: " + policy);
        }
    }

    @Test
    void everyTenantTableKeysOnTenantFirst() {
        for (Map<String, Object> t : tables()) {
            if ((Boolean) t.get("has_tenant")) {
                String name = (String) t.get("relname");
                List<Map<String, Object>> pk = AdminSql.query("SELECT a.attname FROM pg_index i "
                        + "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] "
                        + "WHERE i.indrelid = ?::regclass AND i.indisprimary", name);
                assertEquals("tenant_id", pk.isEmpty() ? null : pk.get(0).get("attname"),
                        name + ": primary key must start with tenant_id");
            }
        }
    }

    private static List<Map<String, Object>> tables() {
        return AdminSql.query("SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity, "
                + "EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped) AS has_tenant "
                + "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname");
    }
}
