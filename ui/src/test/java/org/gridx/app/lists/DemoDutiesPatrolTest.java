package org.gridx.app.lists;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.gridx.api.identity.Role;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * The demo street ships its three responsibility lists (duties.yaml: 10 party-building, 11 governance,
 * 10 convenience duties) and its daily patrol checklist (patrol.yaml: 15 items, 14 tied to the catalogue);
 * imports stay idempotent and a bad role stops the whole import.
 */
@QuarkusTest
class DemoDutiesPatrolTest {

    @Test
    void theDemoImportsItsDutiesAndChecklistOnce() {
        String t = TenantFixtures.demo(Codes.tenant("duty"));
        ListFixtures.as(t, Role.Names.INFORMANT).get("/api/t/" + t + "/lists/duties").then().statusCode(200)
                .body("", hasSize(31))
                .body("findAll { it.list == 'party-building' }", hasSize(10))
                .body("findAll { it.list == 'governance' }", hasSize(11))
                .body("findAll { it.list == 'convenience' }", hasSize(10));
        ListFixtures.as(t, Role.Names.INFORMANT).queryParam("role", "informant").queryParam("level", 3)
                .get("/api/t/" + t + "/lists/duties").then().statusCode(200).body("", hasSize(7))
                .body("find { it.text.zh == '网格信息员每日巡查网格并拍照上报问题' }.frequency", equalTo("daily"));
        ListFixtures.as(t, Role.Names.INFORMANT).get("/api/t/" + t + "/patrol/checklist").then().statusCode(200)
                .body("", hasSize(15))
                .body("[0].text.zh", equalTo("井盖是否缺失、破损、移位"))
                .body("find { it.text.zh == '消防通道是否被占用、堵塞' }.catalogueCode", equalTo("09012"))
                .body("findAll { it.catalogueCode != null }", hasSize(14));

        // the same definition again, compared row by row: nothing written
        ObjectNode again = TenantFixtures.definition(TenantFixtures.DEMO, t);
        given().auth().oauth2(Tokens.operator("op")).contentType("application/json")
                .header("GridX-Initial-Password", TenantFixtures.PASSWORD).body(again.toString())
                .post("/api/operator/tenants?force=true").then().statusCode(200)
                .body("counts.duties.unchanged", equalTo(31)).body("counts.duties.created", equalTo(0))
                .body("counts.duties.updated", equalTo(0))
                .body("counts.patrolItems.unchanged", equalTo(15)).body("counts.patrolItems.updated", equalTo(0));
        assertEquals(31L, AdminSql.count("SELECT count(*) FROM duty_item WHERE tenant_id = ?", t));
        assertEquals(15L, AdminSql.count("SELECT count(*) FROM patrol_item WHERE tenant_id = ?", t));

        // an item dropped from patrol.yaml is retired, a dropped duty is kept; both are reported as absent
        ((ArrayNode) again.get("patrolChecklist")).remove(14);
        ((ArrayNode) again.get("duties")).remove(0);
        given().auth().oauth2(Tokens.operator("op")).contentType("application/json")
                .header("GridX-Initial-Password", TenantFixtures.PASSWORD).body(again.toString())
                .post("/api/operator/tenants").then().statusCode(200)
                .body("counts.patrolItems.absent", hasSize(1)).body("counts.duties.absent", hasSize(1));
        ListFixtures.as(t, Role.Names.INFORMANT).get("/api/t/" + t + "/patrol/checklist").then().body("", hasSize(14));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM patrol_item WHERE tenant_id = ? AND NOT active", t));
        assertEquals(31L, AdminSql.count("SELECT count(*) FROM duty_item WHERE tenant_id = ?", t));
    }

    @Test
    void aBadRoleLevelOrCatalogueCodeIsReportedWithItsPointerAndNothingIsImported() {
        String t = Codes.tenant("duty");
        ObjectNode d = TenantFixtures.definition(TenantFixtures.DEMO, t);
        ((ObjectNode) d.withArray("/duties").get(0)).put("role", "mayor");
        ((ObjectNode) d.withArray("/duties").get(1)).put("role", "informant");
        ((ObjectNode) d.withArray("/patrolChecklist").get(0)).put("catalogueCode", "99999");
        given().auth().oauth2(Tokens.operator("op")).contentType("application/json")
                .body(d.toString()).post("/api/operator/tenants").then().statusCode(422)
                .body("errors.pointer", hasItems("#/duties/0/role", "#/duties/1/level", "#/patrolChecklist/0/catalogueCode"));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM tenant WHERE code = ?", t));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM duty_item WHERE tenant_id = ?", t));
    }
}
