package org.gridx.app.open311;

import static io.restassured.RestAssured.given;
import static org.gridx.app.open311.Open311Fixture.get;
import static org.gridx.app.open311.Open311Fixture.key;
import static org.gridx.app.open311.Open311Fixture.posted;
import static org.gridx.app.open311.Open311Fixture.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.path.xml.XmlPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.clock.GridxClock;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two streets side by side: every Open311 address of A answers only about A. A's key posts nothing into B,
 * B's requests, tokens and updates are not found through A, A's services are A's list, and A's administrator
 * cannot see or revoke B's keys. B's rows stay as they were.
 */
@QuarkusTest
class Open311CrossTenantTest {

    @Inject
    GridxClock clock;

    /** Other tests replay fixed days; these read "now" (the list in force, the default date windows). */
    @BeforeEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyOpen311AddressOfATenantAnswersOnlyAboutThatTenant() {
        String a = Open311Fixture.tenant();
        String b = Codes.tenant("o311");
        ObjectNode bDefinition = TenantFixtures.definition(TenantFixtures.DEMO, b);
        ObjectNode only = bDefinition.withArray("/disposalList/items").addObject().put("code", "LB-ONLY").put("kind", "event")
                .put("leadDepartment", "city-management").put("priority", "normal").put("onTheSpot", false);
        only.putObject("name").put("zh", "B街道专属事项");
        only.putArray("coDepartments");
        only.putArray("escalation");
        only.putObject("limits").put("verify", "PT30M").put("dispatch", "PT30M").put("accept", "PT30M").put("handle", "PT24H")
                .put("check", "PT30M");
        TenantFixtures.create(bDefinition);
        String keyA = key(a, "app");
        String keyB = key(b, "app");
        String bRequest = posted(b, report(keyB));
        String bToken = AdminSql.query("SELECT id FROM case_file WHERE tenant_id = ? AND number = ?", b, bRequest).get(0).get("id").toString();

        Open311Schemas.xml("errors", Open311Fixture.post(b, "xml", report(keyA)).response().then().statusCode(403).extract().asString());
        Open311Schemas.json("errors", Open311Fixture.post(b, "json", report(keyA)).response().then().statusCode(403).extract().asString());
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", b));

        Open311Schemas.xml("errors", get(a, "requests/" + bRequest + ".xml", 404));
        Open311Schemas.json("errors", get(a, "requests/" + bRequest + ".json", 404));
        Open311Schemas.xml("errors", get(a, "tokens/" + bToken + ".xml", 404));
        assertEquals(0, new XmlPath(Open311Schemas.xml("service_requests", get(a, "requests.xml?service_request_id=" + bRequest, 200)))
                .getList("service_requests.request").size());
        assertEquals(0, Open311Schemas.json("service_requests", get(a, "requests.json", 200)).size());
        assertEquals(1, Open311Schemas.json("service_requests", get(b, "requests.json", 200)).size());

        Open311Fixture.dispatcher(b).body(Map.of("action", "register")).post("/api/t/" + b + "/cases/" + bToken + "/actions")
                .then().statusCode(200);
        assertEquals(0, Open311Schemas.json("service_request_updates", get(a, "servicerequestupdates.json", 200)).size());
        assertEquals(1, Open311Schemas.json("service_request_updates", get(b, "servicerequestupdates.json", 200)).size());

        List<String> aCodes = new XmlPath(Open311Schemas.xml("services", get(a, "services.xml", 200))).getList("services.service.service_code");
        List<String> bCodes = new XmlPath(Open311Schemas.xml("services", get(b, "services.xml", 200))).getList("services.service.service_code");
        assertFalse(aCodes.contains("LB-ONLY"));
        assertTrue(bCodes.contains("LB-ONLY"));
        Open311Schemas.xml("errors", get(a, "services/LB-ONLY.xml", 404));
        Open311Schemas.xml("service_definition", get(b, "services/LB-ONLY.xml", 200));
        String discovery = Open311Schemas.xml("discovery", given().get("/open311/t/" + a + "/discovery.xml").then().statusCode(200)
                .extract().asString());
        assertFalse(discovery.contains(b), discovery);

        String bKeyId = Open311Fixture.admin(b).get("/api/t/" + b + "/open311/keys").then().statusCode(200).extract().path("[0].id");
        Open311Fixture.admin(a).get("/api/t/" + b + "/open311/keys").then().statusCode(404);
        Open311Fixture.admin(a).body(Map.of("name", "intruder")).post("/api/t/" + b + "/open311/keys").then().statusCode(404);
        Open311Fixture.admin(a).delete("/api/t/" + b + "/open311/keys/" + bKeyId).then().statusCode(404);
        Open311Fixture.admin(a).delete("/api/t/" + a + "/open311/keys/" + bKeyId).then().statusCode(404);
        Open311Fixture.admin(a).get("/api/t/" + a + "/open311/keys").then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo(List.of("app")));

        var bKey = AdminSql.query("SELECT name, revoked_at FROM open311_api_key WHERE tenant_id = ?", b);
        assertEquals(1, bKey.size());
        assertEquals(null, bKey.get(0).get("revoked_at"));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM open311_api_key WHERE id = ?", UUID.fromString(bKeyId)));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", a));
        assertEquals("registered", AdminSql.query("SELECT state FROM case_file WHERE tenant_id = ?", b).get(0).get("state"));
    }
}
