package org.gridx.app.staffing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/**
 * A small street for staffing and field-work tests: street S, community C, grid G1 (250 households, needs
 * 3 informants) and G2 (80 households, needs 1), and one or two accounts per role, named for what they do.
 */
public final class StaffingFixture {

    public static final String S = "150621901";
    public static final String C = "150621901001";
    public static final String G1 = "150621901001001";
    public static final String G2 = "150621901001002";

    private StaffingFixture() {
    }

    public static String tenant() {
        String code = Codes.tenant("st");
        var d = TenantFixtures.street(code, 250, 80);
        d.set("accounts", TenantFixtures.fromYaml("""
                accounts:
                  - {username: admin, displayName: 管理员, roles: [tenant-admin]}
                  - {username: disp, displayName: 调度, roles: [dispatcher]}
                  - {username: chief.s, displayName: 街道网格长, roles: [grid-chief], gridScope: ["150621901"]}
                  - {username: chief.c, displayName: 社区网格长, roles: [grid-chief], gridScope: ["150621901001"]}
                  - {username: sup.c, displayName: 社区督导, roles: [supervisor], gridScope: ["150621901001"]}
                  - {username: inf.a, displayName: 信息员甲, roles: [informant], gridScope: ["150621901001001"]}
                  - {username: inf.b, displayName: 信息员乙, roles: [informant], gridScope: ["150621901001001"]}
                  - {username: inf.c, displayName: 信息员丙, roles: [informant], gridScope: ["150621901001002"]}
                  - {username: spec, displayName: 专员, roles: [specialist], gridScope: ["150621901001001", "150621901001002"]}
                  - {username: handler, displayName: 城管队员, roles: [department-handler], department: city-management}
                """).get("accounts"));
        TenantFixtures.create(d);
        return code;
    }

    /** A token for a fixture account; its roles are those of the fixture. */
    public static String token(String tenant, String username) {
        String role = switch (username) {
            case "admin" -> "tenant-admin";
            case "disp" -> "dispatcher";
            case "chief.s", "chief.c" -> "grid-chief";
            case "sup.c" -> "supervisor";
            case "spec" -> "specialist";
            case "handler" -> "department-handler";
            default -> "informant";
        };
        return Tokens.of(tenant, username, role);
    }

    public static ValidatableResponse post(String tenant, String user, String path, Object body) {
        return given().auth().oauth2(token(tenant, user)).contentType(ContentType.JSON).body(body)
                .post("/api/t/" + tenant + path).then();
    }

    public static ValidatableResponse get(String tenant, String user, String path, Map<String, ?> query) {
        return given().auth().oauth2(token(tenant, user)).queryParams(query).get("/api/t/" + tenant + path).then();
    }

    /** Creates a post as the tenant admin; returns its id. */
    public static String addPost(String tenant, String node, String role, String a, String b) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("node", node, "role", role, "holderA", a));
        if (b != null) {
            body.put("holderB", b);
        }
        return post(tenant, "admin", "/staffing/posts", body).statusCode(201).extract().path("id");
    }
}
