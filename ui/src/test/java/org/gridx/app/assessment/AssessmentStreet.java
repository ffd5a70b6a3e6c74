package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/**
 * A small street for the indicator tests: two communities (C1 with grids G11 and G12, C2 with grid G21), the
 * departments city-management and sanitation, two list items with short limits, one informant per grid, a
 * dispatcher, two handlers, a community chief of C1, a tenant administrator and a resident. Tokens carry
 * each account's roles, grid scope and department, as sign-in would issue them.
 */
final class AssessmentStreet {

    static final String STREET = "150621901";
    static final String C1 = "150621901001";
    static final String C2 = "150621901002";
    static final String G11 = "150621901001001";
    static final String G12 = "150621901001002";
    static final String G21 = "150621901002001";
    /** 违章接坡: city management leads; limits verify/dispatch/accept/check 30 min, handling 48 h; one escalation rung. */
    static final String RAMP = "06003";
    /** 雨水箅子: sanitation leads; may be resolved on the spot; handling 24 h; no escalation. */
    static final String GRATE = "01004";

    private record Staff(String role, List<String> scope, String department) {
    }

    private static final Map<String, Staff> STAFF = Map.of(
            "inf1", new Staff("informant", List.of(G11), null),
            "inf2", new Staff("informant", List.of(G12), null),
            "inf3", new Staff("informant", List.of(G21), null),
            "disp", new Staff("dispatcher", List.of(), null),
            "chengguan", new Staff("department-handler", List.of(), "city-management"),
            "huanwei", new Staff("department-handler", List.of(), "sanitation"),
            "chief1", new Staff("grid-chief", List.of(C1), null),
            "admin", new Staff("tenant-admin", List.of(), null),
            "res", new Staff("resident", List.of(G11), null));
    private static final AtomicInteger SHADE = new AtomicInteger();

    private AssessmentStreet() {
    }

    static String create(String prefix) {
        String code = Codes.tenant(prefix);
        ObjectNode d = TenantFixtures.fromYaml("""
                tenant: {code: x, name: {zh: 考核街道, en: Assessment Street}, kind: street, divisionCode: "150621"}
                grid:
                  code: "150621901"
                  name: {zh: 考核街道, en: Assessment Street}
                  kind: street
                  children:
                    - code: "150621901001"
                      name: {zh: 东社区, en: East Community}
                      kind: community
                      children:
                        - {code: "150621901001001", name: {zh: 东一网格, en: East 1}, kind: residential-compound, households: 200}
                        - {code: "150621901001002", name: {zh: 东二网格, en: East 2}, kind: bungalow-area, households: 300}
                    - code: "150621901002"
                      name: {zh: 西社区, en: West Community}
                      kind: community
                      children:
                        - {code: "150621901002001", name: {zh: 西一网格, en: West 1}, kind: residential-compound, households: 250}
                departments:
                  - {code: city-management, name: {zh: 城管, en: City management}, kind: enforcement}
                  - {code: sanitation, name: {zh: 环卫, en: Sanitation}, kind: utility}
                accounts:
                  - {username: inf1, displayName: 高丽美, roles: [informant], gridScope: ["150621901001001"]}
                  - {username: inf2, displayName: 吴秀花, roles: [informant], gridScope: ["150621901001002"]}
                  - {username: inf3, displayName: 赵敏, roles: [informant], gridScope: ["150621901002001"]}
                  - {username: disp, displayName: 孙海涛, roles: [dispatcher]}
                  - {username: chengguan, displayName: 郭强, roles: [department-handler], department: city-management}
                  - {username: huanwei, displayName: 陈辉, roles: [department-handler], department: sanitation}
                  - {username: chief1, displayName: 东社区网格长, roles: [grid-chief], gridScope: ["150621901001"]}
                  - {username: admin, displayName: 周磊, roles: [tenant-admin]}
                  - {username: res, displayName: 李秀兰, roles: [resident], gridScope: ["150621901001001"]}
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
                      escalation:
                        - {level: community, role: supervisor, within: PT24H}
                    - code: "01004"
                      kind: component
                      name: {zh: 雨水箅子, en: Storm drain grate}
                      leadDepartment: sanitation
                      coDepartments: []
                      limits: {verify: PT30M, dispatch: PT30M, accept: PT30M, handle: PT24H, check: PT30M}
                      priority: normal
                      onTheSpot: true
                      escalation: []
                """);
        ((ObjectNode) d.get("tenant")).put("code", code);
        Response r = given().auth().oauth2(Tokens.operator("fixtures")).contentType("application/json")
                .header("GridX-Initial-Password", TenantFixtures.PASSWORD).body(d.toString()).post("/api/operator/tenants");
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new AssertionError("the assessment street was refused: " + r.asString());
        }
        return code;
    }

    static String token(String tenant, String user) {
        Staff s = STAFF.get(user);
        return Tokens.staff(tenant, user, List.of(s.role()), List.copyOf(s.scope()), s.department());
    }

    static RequestSpecification api(String tenant, String user) {
        return given().auth().oauth2(token(tenant, user)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Reports a problem in {@code grid}; returns the case id. */
    static String report(String tenant, String user, String item, String grid, String description) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "problem", "itemCode", item, "gridCode", grid,
                "description", description));
        return api(tenant, user).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/t/" + tenant + "/cases").then().statusCode(201).extract().path("summary.id");
    }

    static JsonPath act(String tenant, String user, String caseId, Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        Response r = api(tenant, user).body(body).post("/api/t/" + tenant + "/cases/" + caseId + "/actions");
        if (r.statusCode() != 200) {
            String seen = api(tenant, "disp").get("/api/t/" + tenant + "/cases/" + caseId).asString();
            throw new AssertionError(user + " " + body + " → " + r.statusCode() + " " + r.asString() + "\nthe case: " + seen);
        }
        return r.jsonPath();
    }

    /**
     * A department returns a case as misrouted. The move commits, but the answer is 404 (the returning handler
     * can no longer see the case the response would show — a casework quirk), so the record is checked instead.
     */
    static void returned(String tenant, String user, String caseId, String note) {
        Map<String, Object> body = Map.of("action", "return", "note", note);
        int status = api(tenant, user).body(body).post("/api/t/" + tenant + "/cases/" + caseId + "/actions").statusCode();
        String state = api(tenant, "disp").get("/api/t/" + tenant + "/cases/" + caseId).then().statusCode(200)
                .extract().path("summary.state");
        if ((status != 200 && status != 404) || !"registered".equals(state)) {
            throw new AssertionError("return by " + user + " answered " + status + ", case now " + state);
        }
    }

    /** Uploads a fresh small photo as {@code user}; returns its media id. */
    static String photo(String tenant, String user) {
        BufferedImage img = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(SHADE.incrementAndGet() * 7919 & 0xFFFFFF));
        g.fillRect(0, 0, 32, 24);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return given().auth().oauth2(token(tenant, user)).contentType("image/jpeg").body(out.toByteArray())
                .post("/api/t/" + tenant + "/media").then().statusCode(201).extract().path("[0].id");
    }

    /** The indicators as {@code user} asks for them, e.g. {@code "from", day, "by", "grid"}. */
    static Response indicators(String tenant, String user, Object... query) {
        RequestSpecification r = api(tenant, user);
        for (int i = 0; i < query.length; i += 2) {
            r = r.queryParam((String) query[i], query[i + 1]);
        }
        return r.get("/api/t/" + tenant + "/assessment/indicators");
    }
}
