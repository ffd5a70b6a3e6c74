package org.gridx.app.lists;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/** A small tenant with two departments, and disposal-list items to edit in it. */
final class ListFixtures {

    private ListFixtures() {
    }

    static String tenant() {
        String code = Codes.tenant("lst");
        ObjectNode d = TenantFixtures.minimal(code);
        d.withArray("departments").addObject().put("code", "sanitation").putObject("name").put("zh", "环卫");
        ((ObjectNode) d.withArray("departments").get(1)).put("kind", "utility");
        TenantFixtures.create(d);
        return code;
    }

    static RequestSpecification as(String tenant, String role) {
        return given().auth().oauth2(Tokens.of(tenant, role + "-user", role)).contentType(ContentType.JSON);
    }

    static RequestSpecification admin(String tenant) {
        return as(tenant, Role.Names.TENANT_ADMIN);
    }

    /** 06001-style event item led by city management, handled within {@code handle}. */
    static Map<String, Object> item(String code, String kind, String handle) {
        return Map.of("code", code, "kind", kind, "name", Map.of("zh", "事项" + code, "en", "Matter " + code),
                "leadDepartment", "city-management", "coDepartments", List.of("sanitation"),
                "limits", Map.of("verify", "PT30M", "dispatch", "PT15M", "accept", "PT30M", "handle", handle, "check", "PT30M"),
                "priority", "normal", "onTheSpot", true,
                "escalation", List.of(Map.of("level", "grid", "role", "grid-chief", "within", "PT2H"),
                        Map.of("level", "community", "role", "supervisor", "within", "P1D")));
    }

    static String base(String tenant) {
        return "/api/t/" + tenant + "/lists/disposal";
    }

    static String openDraft(String tenant) {
        return admin(tenant).post(base(tenant) + "/draft").then().statusCode(200).extract().path("id");
    }

    static void put(String tenant, String version, Map<String, Object> item) {
        admin(tenant).body(item).put(base(tenant) + "/versions/" + version + "/items/" + item.get("code")).then().statusCode(200);
    }

    static void publish(String tenant, String version, String effectiveFrom) {
        admin(tenant).body(effectiveFrom == null ? Map.of() : Map.of("effectiveFrom", effectiveFrom))
                .post(base(tenant) + "/versions/" + version + "/publish").then().statusCode(200);
    }
}
