package org.gridx.app.staffing;

import static io.restassured.RestAssured.given;
import static org.gridx.app.staffing.StaffingFixture.G1;
import static org.gridx.app.staffing.StaffingFixture.addPost;
import static org.gridx.app.staffing.StaffingFixture.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Tenant A's staff can neither reach tenant B's staffing URLs nor touch B's rows through their own. */
@QuarkusTest
class StaffingCrossTenantTest {

    @Test
    void everyStaffingEndpointOfAnotherTenantIsNotFound() {
        String a = StaffingFixture.tenant();
        String b = StaffingFixture.tenant();
        String post = addPost(b, G1, "informant", "inf.a", "inf.b");
        String admin = token(a, "admin");
        String base = "/api/t/" + b + "/staffing";
        for (String path : new String[] {"/posts", "/understaffed", "/absences", "/sinkings",
                "/responsible?grid=" + G1 + "&role=informant"}) {
            given().auth().oauth2(admin).get(base + path).then().statusCode(404);
        }
        given().auth().oauth2(admin).contentType("application/json")
                .body(Map.of("node", G1, "role", "informant", "holderA", "inf.a")).post(base + "/posts").then().statusCode(404);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("holderA", "inf.b"))
                .put(base + "/posts/" + post).then().statusCode(404);
        given().auth().oauth2(admin).delete(base + "/posts/" + post).then().statusCode(404);
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("account", "handler", "node", G1))
                .post(base + "/sinkings").then().statusCode(404);
    }

    @Test
    void anotherTenantsRowsCannotBeChangedThroughOnesOwnUrls() {
        String a = StaffingFixture.tenant();
        String b = StaffingFixture.tenant();
        String post = addPost(b, G1, "informant", "inf.a", "inf.b");
        StaffingFixture.post(b, "admin", "/staffing/absences", Map.of("account", "inf.a",
                "from", "2026-01-01T00:00:00Z", "to", "2026-01-02T00:00:00Z", "reason", "x")).statusCode(201);
        String absence = AdminSql.query("SELECT id FROM staff_absence WHERE tenant_id = ?", b).get(0).get("id").toString();
        String admin = token(a, "admin");
        String base = "/api/t/" + a + "/staffing";
        given().auth().oauth2(admin).contentType("application/json").body(Map.of("holderA", "inf.b"))
                .put(base + "/posts/" + post).then().statusCode(404);
        given().auth().oauth2(admin).delete(base + "/posts/" + post).then().statusCode(404);
        given().auth().oauth2(admin).delete(base + "/absences/" + absence).then().statusCode(404);
        given().auth().oauth2(admin).get(base + "/posts").then().statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(0));
        var row = AdminSql.query("SELECT p.tenant_id, a.username FROM staff_post p JOIN account a "
                + "ON a.tenant_id = p.tenant_id AND a.id = p.holder_a_id WHERE p.id = ?", UUID.fromString(post)).get(0);
        assertEquals(b, row.get("tenant_id"));
        assertEquals("inf.a", row.get("username"));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM staff_absence WHERE tenant_id = ?", b));
    }
}
