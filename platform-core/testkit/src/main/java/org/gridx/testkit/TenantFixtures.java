package org.gridx.testkit;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Tenants for tests, built from the same YAML format onboarding uses and imported through the operator
 * API, so a test's tenant is exactly what an operator could have created. Each test should use its own
 * tenant code ({@link Codes#tenant}).
 */
public final class TenantFixtures {

    /** Classpath base of the demo tenant (the application's resources carry ../tenants as tenants/). */
    public static final String DEMO = "tenants/dalad-gongye";
    public static final String PASSWORD = "fixture-password";
    private static final List<String> FILES = List.of("tenant.yaml", "grid.yaml", "departments.yaml", "staff.yaml",
            "posts.yaml", "disposal-list.yaml", "duties.yaml", "patrol.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private TenantFixtures() {
    }

    /** The files under a classpath base merged into one definition, with its tenant code replaced by {@code code}. */
    public static ObjectNode definition(String classpathBase, String code) {
        ObjectNode merged = JSON.createObjectNode();
        for (String file : FILES) {
            try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(classpathBase + "/" + file)) {
                if (in != null) {
                    merged.setAll((ObjectNode) YAML.readTree(in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ((ObjectNode) merged.path("tenant")).put("code", code);
        return merged;
    }

    /** A merged definition written as YAML in a test. */
    public static ObjectNode fromYaml(String yaml) {
        try {
            return (ObjectNode) YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not YAML: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A test street {@code code}: street 150621901, community 150621901001 and one grid per entry of
     * {@code households} (150621901001001, …002, …), the department city-management, no accounts.
     */
    public static ObjectNode street(String code, int... households) {
        ObjectNode d = fromYaml("""
                tenant: {code: x, name: {zh: 测试街道, en: Test Street}, kind: street, divisionCode: "150621"}
                grid:
                  code: "150621901"
                  name: {zh: 测试街道}
                  kind: street
                  children:
                    - {code: "150621901001", name: {zh: 测试社区}, kind: community}
                departments:
                  - {code: city-management, name: {zh: 城管}, kind: enforcement}
                """);
        ((ObjectNode) d.get("tenant")).put("code", code);
        ArrayNode grids = ((ObjectNode) d.get("grid").get("children").get(0)).putArray("children");
        for (int i = 0; i < households.length; i++) {
            ObjectNode g = grids.addObject().put("code", String.format("150621901001%03d", i + 1))
                    .put("kind", i % 2 == 0 ? "residential-compound" : "bungalow-area").put("households", households[i]);
            g.putObject("name").put("zh", "测试网格" + (i + 1));
        }
        return d;
    }

    /**
     * The smallest useful street: {@link #street} with one grid 150621901001001 of 200 households, and one
     * account per role named after the role (e.g. "informant"), scoped to the grid, password {@link #PASSWORD}.
     */
    public static ObjectNode minimal(String code, String... roles) {
        ObjectNode d = street(code, 200);
        ArrayNode accounts = d.putArray("accounts");
        for (String role : roles) {
            ObjectNode a = accounts.addObject().put("username", role).put("displayName", role);
            a.putArray("roles").add(role);
            a.putArray("gridScope").add("150621901001001");
            if ("department-handler".equals(role)) {
                a.put("department", "city-management");
            }
        }
        return d;
    }

    /** Imports {@code definition} as a platform operator (new accounts get {@link #PASSWORD}); returns the report. */
    public static JsonPath create(JsonNode definition) {
        return given().auth().oauth2(Tokens.operator("fixtures")).contentType("application/json")
                .header("GridX-Initial-Password", PASSWORD).body(definition.toString())
                .when().post("/api/operator/tenants")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201)).extract().jsonPath();
    }

    /** Imports the demo tenant under {@code code}; returns the code. */
    public static String demo(String code) {
        create(definition(DEMO, code));
        return code;
    }
}
