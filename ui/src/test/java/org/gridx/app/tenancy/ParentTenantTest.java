package org.gridx.app.tenancy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A street may name its banner as parent tenant, but the link opens nothing by itself: the banner's staff
 * cannot reach the street's pages or rows, nor the street the banner's. Whatever later crosses the link
 * (escalated cases, roll-up figures) does so on purpose, with its own test.
 */
@QuarkusTest
class ParentTenantTest {

    @Inject
    TenantContext tenants;
    @Inject
    EntityManager em;

    String banner;
    String street;

    @BeforeEach
    void bannerWithStreet() {
        banner = Codes.tenant("banner");
        street = Codes.tenant("street");
        AdminSql.update("INSERT INTO tenant (code, name_zh, name_en, kind, division_code) "
                + "VALUES (?, '达拉特旗', 'Dalad Banner', 'banner', '150621')", banner);
        AdminSql.update("INSERT INTO tenant (code, name_zh, name_en, kind, division_code, parent_code) "
                + "VALUES (?, '工业街道', 'Industrial Street', 'street', '150621001', ?)", street, banner);
        AdminSql.update("INSERT INTO grid_node (tenant_id, id, code, level, name_zh, name_en, kind) "
                + "VALUES (?, ?, '150621001', 1, '工业街道', 'Industrial Street', 'street')", street, UUID.randomUUID());
        AdminSql.update("INSERT INTO grid_node (tenant_id, id, code, level, name_zh, name_en, kind) "
                + "VALUES (?, ?, '150621', 0, '达拉特旗', 'Dalad Banner', 'banner')", banner, UUID.randomUUID());
    }

    @Test
    void theBannersTokenDoesNotOpenTheStreet() {
        String bannerAdmin = Tokens.of(banner, "admin", "tenant-admin", "supervisor");
        given().auth().oauth2(bannerAdmin).get("/api/t/" + street + "/me").then().statusCode(404);
        given().auth().oauth2(bannerAdmin).get("/api/t/" + street + "/modules").then().statusCode(404);
        String streetAdmin = Tokens.of(street, "admin", "tenant-admin");
        given().auth().oauth2(streetAdmin).get("/api/t/" + banner + "/modules").then().statusCode(404);
    }

    @Test
    void theBannersUnitOfWorkSeesNoneOfTheStreetsRows() {
        assertEquals(0L, tenants.callAs(banner, () -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM grid_node WHERE tenant_id = ?1").setParameter(1, street).getSingleResult()).longValue()));
        assertEquals(1L, tenants.callAs(banner, () -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM grid_node").getSingleResult()).longValue()));
        assertEquals(1L, tenants.callAs(street, () -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM grid_node").getSingleResult()).longValue()));
    }
}
