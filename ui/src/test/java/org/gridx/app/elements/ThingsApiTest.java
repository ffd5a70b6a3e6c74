package org.gridx.app.elements;

import static io.restassured.RestAssured.given;
import static org.gridx.app.elements.ElementFixtures.GRID_A;
import static org.gridx.app.elements.ElementFixtures.GRID_B;
import static org.gridx.app.elements.ElementFixtures.admin;
import static org.gridx.app.elements.ElementFixtures.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.ValidatableResponse;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Components (部件) and organisations (组织): code validation, grid from scope, tenant isolation. */
@QuarkusTest
class ThingsApiTest {

    static ValidatableResponse post(String tenant, String token, String what, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType("application/json").body(body).post("/api/t/" + tenant + "/" + what).then();
    }

    @Test
    void componentsAreRegisteredWithValidCodesOnlyAndListedInScope() {
        String t = ElementFixtures.tenant();
        post(t, admin(t), "components", Map.of("catalogueCode", "01101", "objectCode", "1506210100000001", "lon", 109.99,
                "lat", 40.4, "status", "damaged", "ownerDepartment", "city-management", "gridCode", GRID_A)).statusCode(201)
                .body("gridCode", equalTo(GRID_A)).body("status", equalTo("damaged"));
        post(t, admin(t), "components", Map.of("catalogueCode", "1101", "objectCode", "1506210200000001",
                "ownerDepartment", "no-such", "gridCode", GRID_A)).statusCode(422)
                .body("errors.pointer", equalTo(List.of("/catalogueCode", "/ownerDepartment")));
        post(t, admin(t), "components", Map.of("catalogueCode", "01101", "objectCode", "1506210200000001", "gridCode", GRID_A))
                .statusCode(422).body("errors[0].pointer", equalTo("/objectCode"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("major class 01"));
        post(t, admin(t), "components", Map.of("catalogueCode", "01101", "objectCode", "1506220100000001", "lon", 109.9))
                .statusCode(422).body("errors.pointer", equalTo(List.of("/objectCode", "/lat", "/gridCode")));
        post(t, admin(t), "components", Map.of("catalogueCode", "01101", "objectCode", "1506210100000001", "gridCode", GRID_B))
                .statusCode(409);
        post(t, token(t, "inf-b", "informant", GRID_B), "components", Map.of("catalogueCode", "01101",
                "objectCode", "1506210100000002", "gridCode", GRID_A)).statusCode(422).body("errors[0].pointer", equalTo("/gridCode"));
        given().auth().oauth2(token(t, "inf-b", "informant", GRID_B)).get("/api/t/" + t + "/components").then().body("size()", equalTo(0));
        given().auth().oauth2(token(t, "inf-a", "informant", GRID_A)).get("/api/t/" + t + "/components").then().body("size()", equalTo(1));
        given().auth().oauth2(token(t, "res", "resident", GRID_A)).get("/api/t/" + t + "/components").then().statusCode(403);
    }

    @Test
    void organisationsNeedAValidUnifiedSocialCreditCodeAndStayInTheirTenant() {
        String t = ElementFixtures.tenant();
        post(t, admin(t), "organisations", Map.of("name", "达拉特旗某商贸有限公司", "kind", "enterprise",
                "creditCode", "91150621MA0N123452", "gridCode", GRID_A)).statusCode(201).body("creditCode", equalTo("91150621MA0N123452"));
        post(t, admin(t), "organisations", Map.of("name", "某社会组织", "kind", "social", "creditCode", "52150621MJY000001X",
                "gridCode", GRID_B)).statusCode(422).body("errors[0].pointer", equalTo("/creditCode"));
        post(t, admin(t), "organisations", Map.of("name", "网格党小组", "kind", "club", "gridCode", GRID_B)).statusCode(400);
        post(t, admin(t), "organisations", Map.of("name", "重复", "kind", "shop", "creditCode", "91150621MA0N123452",
                "gridCode", GRID_B)).statusCode(409);
        String b = ElementFixtures.tenant();
        for (String what : List.of("organisations", "components")) {
            given().auth().oauth2(admin(b)).get("/api/t/" + t + "/" + what).then().statusCode(404);
            post(t, admin(b), what, Map.of("name", "x", "kind", "shop", "gridCode", GRID_A)).statusCode(404);
        }
        given().auth().oauth2(admin(b)).get("/api/t/" + b + "/organisations").then().body("size()", equalTo(0));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM organisation WHERE tenant_id = ?", t));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM organisation WHERE tenant_id = ?", b));
    }
}
