package org.gridx.app.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Wall 2 on its own: native SQL, which Hibernate's discriminator does not filter, still sees and touches
 * only the current tenant's rows, and nothing at all when no tenant is set.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;

    String a;
    String b;

    @BeforeEach
    void twoTenantsWithGrids() {
        a = AdminSql.tenant(Codes.tenant("rls-a"));
        b = AdminSql.tenant(Codes.tenant("rls-b"));
        node(a, "150621001");
        node(a, "150621002");
        node(b, "150621001");
    }

    @Test
    void nativeQueryUnderTheApplicationRoleSeesOnlyItsTenant() {
        assertEquals(2L, countNative(a));
        assertEquals(1L, countNative(b));
    }

    @Test
    void withNoTenantSetNativeSqlSeesNothing() {
        long seen = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM grid_node").getSingleResult()).longValue());
        assertEquals(0L, seen);
    }

    @Test
    void aPooledConnectionDoesNotCarryATenantIntoTheNextUnitOfWork() {
        for (int i = 0; i < 5; i++) {
            assertEquals(2L, countNative(a));
            long blind = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                    .createNativeQuery("SELECT count(*) FROM grid_node").getSingleResult()).longValue());
            assertEquals(0L, blind, "a unit of work without tenant saw rows after tenant " + a);
            assertEquals(1L, countNative(b));
        }
    }

    @Test
    void aRolledBackUnitOfWorkLeavesNoTenantBehind() {
        assertThrows(IllegalStateException.class, () -> tenants.callAs(a, () -> {
            em.createNativeQuery("SELECT count(*) FROM grid_node").getSingleResult();
            throw new IllegalStateException("roll back");
        }));
        long blind = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM grid_node").getSingleResult()).longValue());
        assertEquals(0L, blind);
    }

    @Test
    void hibernateQueriesAreFilteredToo() {
        assertEquals(2L, tenants.callAs(a, () -> GridNode.count()));
        assertTrue(tenants.callAs(b, () -> GridNode.<GridNode>listAll()).stream().allMatch(n -> n.tenantId.equals(b)));
    }

    @Test
    void unfilteredNativeUpdateAndDeleteTouchOnlyTheCurrentTenant() {
        int renamed = tenants.callAs(a, () -> em.createNativeQuery("UPDATE grid_node SET name_en = 'renamed'").executeUpdate());
        assertEquals(2, renamed);
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM grid_node WHERE tenant_id = ? AND name_en = 'renamed'", b));
        int deleted = tenants.callAs(b, () -> em.createNativeQuery("DELETE FROM grid_node WHERE name_en = 'renamed'").executeUpdate());
        assertEquals(0, deleted);
        assertEquals(2L, AdminSql.count("SELECT count(*) FROM grid_node WHERE tenant_id = ?", a));
    }

    @Test
    void writingARowForAnotherTenantIsRefusedByThePolicy() {
        Exception e = assertThrows(Exception.class, () -> tenants.callAs(a, () -> em.createNativeQuery(
                "INSERT INTO grid_node (tenant_id, id, code, level, name_zh, name_en, kind) "
                        + "VALUES (?1, ?2, '150621009', 1, 'x', 'x', 'street')")
                .setParameter(1, b).setParameter(2, UUID.randomUUID()).executeUpdate()));
        assertTrue(rootMessage(e).contains("row-level security"), rootMessage(e));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM grid_node WHERE tenant_id = ?", b));
    }

    @Test
    void theApplicationRoleIsNeitherSuperuserNorBypassRls() {
        List<?> row = QuarkusTransaction.requiringNew().call(() -> List.of((Object[]) em.createNativeQuery(
                "SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user").getSingleResult()));
        assertFalse((Boolean) row.get(0));
        assertFalse((Boolean) row.get(1));
    }

    private long countNative(String tenant) {
        return tenants.callAs(tenant, () -> ((Number) em.createNativeQuery("SELECT count(*) FROM grid_node")
                .getSingleResult()).longValue());
    }

    private static void node(String tenant, String code) {
        AdminSql.update("INSERT INTO grid_node (tenant_id, id, code, level, name_zh, name_en, kind) "
                + "VALUES (?, ?, ?, 1, '街道', 'Street', 'street')", tenant, UUID.randomUUID(), code);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
