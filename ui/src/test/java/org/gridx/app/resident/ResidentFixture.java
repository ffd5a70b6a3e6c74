package org.gridx.app.resident;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/**
 * A street for the resident portal: grids G1 and G2 of one community, their informants and a specialist of
 * G1, an administrator, a dispatcher, a published disposal list (06003), and in each grid a compound with one
 * building and one unit (the places residents register at).
 */
final class ResidentFixture {

    static final String G1 = "150621901001001";
    static final String G2 = "150621901001002";
    static final String COMMUNITY = "150621901001";
    static final String PASSWORD = "an easy sentence";

    /** The place ids of one tenant's street: compound, building, unit in G1, and the same in G2. */
    record Places(String compound1, String building1, String unit1, String compound2, String building2, String unit2) {
    }

    private ResidentFixture() {
    }

    static String tenant(String prefix) {
        String code = Codes.tenant(prefix);
        ObjectNode d = TenantFixtures.street(code, 250, 80);
        d.set("accounts", TenantFixtures.fromYaml("""
                accounts:
                  - {username: gao.limei, displayName: 高丽美, roles: [informant], gridScope: ["150621901001001"]}
                  - {username: wu.xiuhua, displayName: 吴秀花, roles: [informant], gridScope: ["150621901001002"]}
                  - {username: zhuanyuan, displayName: 网格专员, roles: [specialist], gridScope: ["150621901001001"]}
                  - {username: disp, displayName: 调度员, roles: [dispatcher]}
                  - {username: admin, displayName: 管理员, roles: [tenant-admin]}
                """).get("accounts"));
        d.set("disposalList", TenantFixtures.fromYaml("""
                disposalList:
                  items:
                    - code: "06003"
                      kind: event
                      name: {zh: 违章接坡, en: Illegal ramp}
                      leadDepartment: city-management
                      coDepartments: []
                      limits: {verify: PT30M, dispatch: PT30M, accept: PT30M, handle: PT48H, check: PT30M}
                      priority: high
                      onTheSpot: false
                      escalation: []
                """).get("disposalList"));
        TenantFixtures.create(d);
        return code;
    }

    static Places places(String t) {
        String c1 = place(t, "compound", "幸福小区", null, G1);
        String b1 = place(t, "building", "1号楼", c1, null);
        String u1 = place(t, "unit", "1单元", b1, null);
        String c2 = place(t, "compound", "和平小区", null, G2);
        String b2 = place(t, "building", "2号楼", c2, null);
        String u2 = place(t, "unit", "3单元", b2, null);
        return new Places(c1, b1, u1, c2, b2, u2);
    }

    static String place(String t, String kind, String name, String parent, String grid) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", name));
        if (parent != null) {
            body.put("parentId", parent);
        }
        if (grid != null) {
            body.put("gridCode", grid);
        }
        return as(t, "admin").body(body).post("/api/t/" + t + "/places").then().statusCode(201).extract().path("id");
    }

    static String role(String user) {
        return switch (user) {
            case "gao.limei", "wu.xiuhua" -> "informant";
            case "zhuanyuan" -> "specialist";
            case "disp" -> "dispatcher";
            case "admin" -> "tenant-admin";
            default -> "resident";
        };
    }

    static RequestSpecification as(String t, String user) {
        return given().auth().oauth2(Tokens.of(t, user, role(user))).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static Map<String, Object> registration(String username, String name, String phone, String placeId) {
        Map<String, Object> body = new HashMap<>(Map.of("username", username, "displayName", name, "password", PASSWORD));
        if (phone != null) {
            body.put("phone", phone);
        }
        if (placeId != null) {
            body.put("placeId", placeId);
        }
        return body;
    }

    /** Registers through the public API; returns the registration. */
    static JsonPath register(String t, String username, String name, String placeId) {
        return given().contentType(ContentType.JSON).body(registration(username, name, "13800000000", placeId))
                .post("/api/t/" + t + "/registrations").then().statusCode(201).extract().jsonPath();
    }

    /** Registers and has the grid's informant verify; returns the registration id. */
    static String verifiedResident(String t, String username, String name, String placeId, String informant) {
        String id = register(t, username, name, placeId).getString("id");
        as(t, informant).body(Map.of("decision", "verify")).post("/api/t/" + t + "/registrations/" + id + "/decision")
                .then().statusCode(200);
        return id;
    }
}
