package org.gridx.app.fieldwork;

import static io.restassured.RestAssured.given;
import static org.gridx.app.fieldwork.FieldworkApiTest.appeal;
import static org.gridx.app.fieldwork.FieldworkApiTest.send;
import static org.gridx.app.fieldwork.FieldworkApiTest.visit;
import static org.gridx.app.staffing.StaffingFixture.G1;
import static org.gridx.app.staffing.StaffingFixture.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.gridx.app.staffing.StaffingFixture;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Tenant A's workers can neither reach B's field-work URLs nor read or change B's records through their own. */
@QuarkusTest
class FieldworkCrossTenantTest {

    @Test
    void everyFieldworkEndpointOfAnotherTenantIsNotFoundAndBsRecordsStayUnchanged() {
        String a = StaffingFixture.tenant();
        String b = StaffingFixture.tenant();
        String visit = send(b, "inf.a", "/fieldwork/visits", visit(G1, "b的住户", null), null).statusCode(201).extract().path("id");
        String appeal = send(b, "inf.a", "/fieldwork/appeals", appeal(G1, "b的诉求", null), null).statusCode(201).extract().path("id");
        String tokenA = token(a, "inf.a");
        String adminA = token(a, "admin");
        String bBase = "/api/t/" + b + "/fieldwork";
        for (String path : new String[] {"/visits", "/visits/" + visit, "/appeals", "/appeals/" + appeal, "/stats"}) {
            given().auth().oauth2(adminA).get(bBase + path).then().statusCode(404);
        }
        given().auth().oauth2(tokenA).contentType("application/json").body(visit(G1, "x", null)).post(bBase + "/visits")
                .then().statusCode(404);
        given().auth().oauth2(tokenA).contentType("application/json").body(appeal(G1, "x", null)).post(bBase + "/appeals")
                .then().statusCode(404);
        given().auth().oauth2(tokenA).contentType("application/json").body(Map.of("action", "resolve", "note", "x"))
                .post(bBase + "/appeals/" + appeal + "/actions").then().statusCode(404);

        String aBase = "/api/t/" + a + "/fieldwork";
        given().auth().oauth2(adminA).get(aBase + "/visits/" + visit).then().statusCode(404);
        given().auth().oauth2(adminA).get(aBase + "/appeals/" + appeal).then().statusCode(404);
        given().auth().oauth2(tokenA).contentType("application/json").body(Map.of("action", "resolve", "note", "x"))
                .post(aBase + "/appeals/" + appeal + "/actions").then().statusCode(404);
        given().auth().oauth2(adminA).get(aBase + "/visits").then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        given().auth().oauth2(adminA).get(aBase + "/stats").then().statusCode(200)
                .body("totals.visits", org.hamcrest.Matchers.equalTo(0));

        var row = AdminSql.query("SELECT tenant_id, status, resolution_note FROM resident_appeal WHERE id = ?",
                UUID.fromString(appeal)).get(0);
        assertEquals(b, row.get("tenant_id"));
        assertEquals("open", row.get("status"));
        assertEquals(null, row.get("resolution_note"));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM field_visit WHERE tenant_id = ?", b));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM field_visit WHERE tenant_id = ?", a));
    }
}
