package org.gridx.app.onboarding;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Tokens;

/** Posting definitions as an operator, and reading rows back past both walls, for the onboarding tests. */
final class OperatorApi {

    static final String TENANTS = "/api/operator/tenants";

    private OperatorApi() {
    }

    static ValidatableResponse post(JsonNode definition, String query) {
        return given().auth().oauth2(Tokens.operator("ops")).contentType("application/json").body(definition.toString())
                .when().post(TENANTS + query).then();
    }

    /** {@code table}'s rows of {@code tenant} as key → updated_at, to prove a re-import wrote nothing. */
    static Map<Object, Object> updatedAt(String table, String key, String tenant) {
        Map<Object, Object> result = new java.util.TreeMap<>();
        for (Map<String, Object> row : AdminSql.query("SELECT " + key + " AS k, updated_at FROM " + table
                + " WHERE " + (table.equals("tenant") ? "code" : "tenant_id") + " = ?", tenant)) {
            result.put(row.get("k"), row.get("updated_at"));
        }
        return result;
    }

    static Map<String, Map<Object, Object>> snapshot(String tenant) {
        return Map.of("tenant", updatedAt("tenant", "code", tenant),
                "grid_node", updatedAt("grid_node", "code", tenant),
                "department", updatedAt("department", "code", tenant),
                "account", updatedAt("account", "username", tenant),
                "password", passwords(tenant));
    }

    static Map<Object, Object> passwords(String tenant) {
        Map<Object, Object> result = new java.util.TreeMap<>();
        AdminSql.query("SELECT username, password_hash FROM account WHERE tenant_id = ?", tenant)
                .forEach(r -> result.put(r.get("username"), r.get("password_hash")));
        return result;
    }

    static List<Long> gridLevels(String tenant) {
        return List.of(1L, 2L, 3L).stream().map(level -> AdminSql.count(
                "SELECT count(*) FROM grid_node WHERE tenant_id = ? AND level = ?", tenant, level.shortValue())).toList();
    }
}
