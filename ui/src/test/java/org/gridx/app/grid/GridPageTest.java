package org.gridx.app.grid;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The grid page: tree list, coverage, staff of the selected node, Leaflet from the jar; tenants and roles. */
@QuarkusTest
class GridPageTest {

    @Test
    void thePageListsTheTreeTheStaffAndTheCoverageAndServesLeafletFromTheJar() {
        String t = GridApi.demo();
        given().auth().oauth2(Tokens.of(t, "informant", "informant")).accept("text/html").queryParam("lang", "en")
                .get("/t/" + t + "/grid?node=150621001001001").then().statusCode(200)
                .body(containsString("Beida Grid 1 (Beida Compound)")).body(containsString("data-code=\"150621001004007\""))
                .body(containsString("Boundaries complete")).body(containsString("Staff on duty"))
                .body(containsString("/webjars/leaflet/1.9.4/dist/leaflet.js"));
        given().get("/webjars/leaflet/1.9.4/dist/leaflet.js").then().statusCode(200);
        given().get("/static/grid-map.js").then().statusCode(200);
    }

    @Test
    void anotherTenantsTokenGets404AndAResident403() {
        String a = GridApi.demo();
        String b = GridApi.demo();
        given().auth().oauth2(Tokens.of(a, "admin", "tenant-admin")).accept("text/html").get("/t/" + b + "/grid")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(b, "r", "resident")).accept("text/html").get("/t/" + b + "/grid")
                .then().statusCode(403);
    }
}
