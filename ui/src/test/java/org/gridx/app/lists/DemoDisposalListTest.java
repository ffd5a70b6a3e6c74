package org.gridx.app.lists;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.gridx.api.identity.Role;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.junit.jupiter.api.Test;

/** The demo street ships its disposal list (33 component + 112 event items); imports stay idempotent. */
@QuarkusTest
class DemoDisposalListTest {

    @Test
    void theDemoImportsOnePublishedVersionWith33ComponentAnd112EventItemsOnce() {
        String t = TenantFixtures.demo(Codes.tenant("demo"));
        ListFixtures.as(t, Role.Names.DISPATCHER).get(ListFixtures.base(t)).then().statusCode(200)
                .body("number", equalTo(1)).body("items", hasSize(145))
                .body("items.findAll { it.kind == 'component' }", hasSize(33))
                .body("items.findAll { it.kind == 'event' }", hasSize(112))
                .body("items.find { it.code == '06001' }.leadDepartment", equalTo("city-management"));
        assertEquals(15L, AdminSql.count("SELECT count(*) FROM disposal_list_item WHERE tenant_id = ? AND catalogue_code IS NULL", t));
        assertEquals(39L, AdminSql.count("SELECT count(*) FROM department WHERE tenant_id = ?", t));
        ObjectNode again = TenantFixtures.definition(TenantFixtures.DEMO, t);
        TenantFixtures.create(again);
        io.restassured.RestAssured.given().auth().oauth2(org.gridx.testkit.Tokens.operator("op")).contentType("application/json")
                .header("GridX-Initial-Password", TenantFixtures.PASSWORD).body(again.toString())
                .post("/api/operator/tenants?force=true").then().statusCode(200)
                .body("counts.disposalListItems.unchanged", equalTo(145));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM disposal_list_version WHERE tenant_id = ?", t));
    }

    @Test
    void aChangedListInTheDefinitionPublishesANewVersionAndKeepsTheOld() {
        String t = Codes.tenant("demo");
        ObjectNode d = TenantFixtures.definition(TenantFixtures.DEMO, t);
        TenantFixtures.create(d);
        ObjectNode first = (ObjectNode) d.withArray("/disposalList/items").get(0);
        String code = first.get("code").asText();
        String before = first.path("limits").path("handle").asText();
        ((ObjectNode) first.get("limits")).put("handle", "PT71H");
        TenantFixtures.create(d);
        assertEquals(2L, AdminSql.count("SELECT count(*) FROM disposal_list_version WHERE tenant_id = ? AND status = 'published'", t));
        assertEquals(before, AdminSql.query("SELECT i.handle_limit FROM disposal_list_item i JOIN disposal_list_version v "
                + "ON v.tenant_id = i.tenant_id AND v.id = i.version_id WHERE i.tenant_id = ? AND v.number = 1 AND i.code = ?", t, code)
                .get(0).get("handle_limit"));
        ListFixtures.as(t, Role.Names.DISPATCHER).get(ListFixtures.base(t)).then()
                .body("number", equalTo(2)).body("items.find { it.code == '" + code + "' }.limits.handle", equalTo("PT71H"));
    }

    @Test
    void aDefinitionWithAnUnknownDepartmentOrBadDurationIsRejectedWithFilePointers() {
        String t = Codes.tenant("demo");
        ObjectNode d = TenantFixtures.definition(TenantFixtures.DEMO, t);
        ObjectNode first = (ObjectNode) d.withArray("/disposalList/items").get(0);
        first.put("leadDepartment", "nobody");
        ((ObjectNode) first.get("limits")).put("handle", "P99D");
        io.restassured.RestAssured.given().auth().oauth2(org.gridx.testkit.Tokens.operator("op")).contentType("application/json")
                .body(d.toString()).post("/api/operator/tenants").then().statusCode(422)
                .body("errors.pointer", org.hamcrest.Matchers.hasItems(
                        "#/disposalList/items/0/leadDepartment",
                        "#/disposalList/items/0/limits/handle"));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM tenant WHERE code = ?", t));
    }
}
