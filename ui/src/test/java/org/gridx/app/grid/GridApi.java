package org.gridx.app.grid;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.gridx.api.identity.Role;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/** Calls of the grid API as a tenant administrator or a grid informant of a demo-street tenant. */
final class GridApi {

    private GridApi() {
    }

    static String demo() {
        return TenantFixtures.demo(Codes.tenant("grid"));
    }

    static RequestSpecification admin(String tenant) {
        return given().auth().oauth2(Tokens.of(tenant, "admin", Role.Names.TENANT_ADMIN)).contentType(ContentType.JSON);
    }

    static RequestSpecification informant(String tenant) {
        return given().auth().oauth2(Tokens.of(tenant, "informant", Role.Names.INFORMANT)).contentType(ContentType.JSON);
    }

    static String url(String tenant, String rest) {
        return "/api/t/" + tenant + "/grid/" + rest;
    }

    /** A rectangle as a GeoJSON polygon string. */
    static String rect(double x0, double y0, double x1, double y1) {
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + x0 + "," + y0 + "],[" + x1 + "," + y0 + "],[" + x1 + "," + y1
                + "],[" + x0 + "," + y1 + "],[" + x0 + "," + y0 + "]]]}";
    }
}
