package org.gridx.app.command;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/**
 * A street for the command centre: two communities (C1 with grids G11 and G12, C2 with grid G21), each
 * drawn as a square, one department, a one-item disposal list (dispatch and accept within 30 minutes), the
 * centre's dispatcher and administrator, each community's chief, an informant per community, a department
 * handler and a resident.
 */
final class CommandFixture {

    static final String STREET = "150621901";
    static final String C1 = "150621901001";
    static final String C2 = "150621901002";
    static final String G11 = "150621901001001";
    static final String G12 = "150621901001002";
    static final String G21 = "150621901002001";
    /** Points inside G11, G12 and G21. */
    static final double[] IN_G11 = {110.005, 40.405};
    static final double[] IN_G12 = {110.015, 40.405};
    static final double[] IN_G21 = {110.03, 40.405};

    private CommandFixture() {
    }

    static String tenant() {
        String code = Codes.tenant("cc");
        var d = TenantFixtures.fromYaml("""
                tenant: {code: x, name: {zh: 测试街道, en: Test Street}, kind: street, divisionCode: "150621"}
                grid:
                  code: "150621901"
                  name: {zh: 测试街道, en: Test Street}
                  kind: street
                  boundary: {type: Polygon, coordinates: [[[110.00, 40.40], [110.04, 40.40], [110.04, 40.41], [110.00, 40.41], [110.00, 40.40]]]}
                  children:
                    - code: "150621901001"
                      name: {zh: 北大社区, en: Beida Community}
                      kind: community
                      boundary: {type: Polygon, coordinates: [[[110.00, 40.40], [110.02, 40.40], [110.02, 40.41], [110.00, 40.41], [110.00, 40.40]]]}
                      children:
                        - {code: "150621901001001", name: {zh: 北大一网格}, kind: residential-compound, households: 220,
                           boundary: {type: Polygon, coordinates: [[[110.00, 40.40], [110.01, 40.40], [110.01, 40.41], [110.00, 40.41], [110.00, 40.40]]]}}
                        - {code: "150621901001002", name: {zh: 北大二网格}, kind: bungalow-area, households: 300,
                           boundary: {type: Polygon, coordinates: [[[110.01, 40.40], [110.02, 40.40], [110.02, 40.41], [110.01, 40.41], [110.01, 40.40]]]}}
                    - code: "150621901002"
                      name: {zh: 南园社区, en: Nanyuan Community}
                      kind: community
                      boundary: {type: Polygon, coordinates: [[[110.02, 40.40], [110.04, 40.40], [110.04, 40.41], [110.02, 40.41], [110.02, 40.40]]]}
                      children:
                        - {code: "150621901002001", name: {zh: 南园一网格}, kind: residential-compound, households: 250,
                           boundary: {type: Polygon, coordinates: [[[110.02, 40.40], [110.04, 40.40], [110.04, 40.41], [110.02, 40.41], [110.02, 40.40]]]}}
                departments:
                  - {code: city-management, name: {zh: 城管, en: City management}, kind: enforcement}
                accounts:
                  - {username: disp, displayName: 调度员, roles: [dispatcher]}
                  - {username: admin, displayName: 管理员, roles: [tenant-admin]}
                  - {username: chief1, displayName: 北大网格长, roles: [grid-chief], gridScope: ["150621901001"]}
                  - {username: chief2, displayName: 南园网格长, roles: [grid-chief], gridScope: ["150621901002"]}
                  - {username: gao, displayName: 高丽美, roles: [informant], gridScope: ["150621901001"]}
                  - {username: wu.xiuhua, displayName: 吴秀花, roles: [informant], gridScope: ["150621901002"]}
                  - {username: chengguan, displayName: 城管队员, roles: [department-handler], department: city-management}
                  - {username: li.min, displayName: 李敏, roles: [resident]}
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
                """);
        ((com.fasterxml.jackson.databind.node.ObjectNode) d.get("tenant")).put("code", code);
        var r = given().auth().oauth2(Tokens.operator("fixtures")).contentType("application/json")
                .header("GridX-Initial-Password", TenantFixtures.PASSWORD).body(d.toString()).post("/api/operator/tenants");
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new AssertionError("the command-centre street was refused: " + r.asString());
        }
        return code;
    }

    static String role(String user) {
        return switch (user) {
            case "disp" -> "dispatcher";
            case "admin" -> "tenant-admin";
            case "chief1", "chief2" -> "grid-chief";
            case "chengguan" -> "department-handler";
            case "li.min" -> "resident";
            default -> "informant";
        };
    }

    static String token(String tenant, String user) {
        return Tokens.of(tenant, user, role(user));
    }

    static RequestSpecification api(String tenant, String user) {
        return given().auth().oauth2(token(tenant, user)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A problem reported through the API at a point in {@code grid}; returns the case's summary. */
    static JsonPath report(String tenant, String user, String grid, double[] at, String description) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "problem", "itemCode", "06003", "gridCode", grid,
                "lon", at[0], "lat", at[1], "description", description));
        return api(tenant, user).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/t/" + tenant + "/cases").then().statusCode(201).extract().jsonPath().setRootPath("summary");
    }

    static void act(String tenant, String user, String caseId, Map<String, Object> action) {
        api(tenant, user).body(action).post("/api/t/" + tenant + "/cases/" + caseId + "/actions").then().statusCode(200);
    }

    /** A one-pixel-row PNG uploaded as the handler's result photo; returns its media id. */
    static String photo(String tenant, String user) {
        BufferedImage img = new BufferedImage(16, 8, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0x33aa33);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            List<String> ids = given().auth().oauth2(token(tenant, user)).contentType("image/png").body(out.toByteArray())
                    .post("/api/t/" + tenant + "/media").then().statusCode(201).extract().jsonPath().getList("id");
            return ids.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
