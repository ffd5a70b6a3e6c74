package org.gridx.testkit.contract;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.Tokens;

/**
 * Tenants and module switches for module tests, done the way a tenant administrator does them: through
 * the modules API, so the tests exercise the real enablement rules.
 */
public final class ContractFixtures {

    private ContractFixtures() {
    }

    public static String tenant() {
        return AdminSql.tenant(Codes.tenant("mt"));
    }

    public static String admin(String tenant) {
        return Tokens.of(tenant, "admin", Role.Names.TENANT_ADMIN);
    }

    /** Enables the module and, first, every module it requires. */
    public static void enable(String tenant, String moduleId) {
        List<String> requires = given().auth().oauth2(admin(tenant)).get("/api/t/" + tenant + "/modules/" + moduleId)
                .then().statusCode(200).extract().jsonPath().getList("requires", String.class);
        requires.forEach(r -> enable(tenant, r));
        put(tenant, moduleId, Map.of("enabled", true));
    }

    public static void disable(String tenant, String moduleId) {
        put(tenant, moduleId, Map.of("enabled", false));
    }

    private static void put(String tenant, String moduleId, Map<String, Object> body) {
        given().auth().oauth2(admin(tenant)).contentType(ContentType.JSON).body(body)
                .put("/api/t/" + tenant + "/modules/" + moduleId).then().log().ifValidationFails().statusCode(200);
    }
}
