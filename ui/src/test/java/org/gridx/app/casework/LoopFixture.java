package org.gridx.app.casework;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;

/**
 * A street for the loop's pages: grids G1 and G2, departments city-management and sanitation, a published
 * disposal list (06003 led by city management, 01004 by sanitation), and one account per part in the loop.
 */
final class LoopFixture {

    static final String G1 = "150621901001001";
    static final String G2 = "150621901001002";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private LoopFixture() {
    }

    static String tenant() {
        String code = Codes.tenant("cw");
        ObjectNode d = TenantFixtures.street(code, 250, 80);
        d.withArray("departments").addObject().put("code", "sanitation").put("kind", "utility").putObject("name")
                .put("zh", "环卫").put("en", "Sanitation");
        ((ObjectNode) d.withArray("departments").get(0).get("name")).put("en", "City management");
        d.set("accounts", TenantFixtures.fromYaml("""
                accounts:
                  - {username: gao.limei, displayName: 高丽美, roles: [informant], gridScope: ["150621901001001"]}
                  - {username: wu.xiuhua, displayName: 吴秀花, roles: [informant], gridScope: ["150621901001002"]}
                  - {username: disp, displayName: 调度员, roles: [dispatcher]}
                  - {username: chengguan, displayName: 城管队员, roles: [department-handler], department: city-management}
                  - {username: huanwei, displayName: 环卫工, roles: [department-handler], department: sanitation}
                  - {username: li.min, displayName: 李敏, roles: [resident]}
                  - {username: admin, displayName: 管理员, roles: [tenant-admin]}
                """).get("accounts"));
        d.set("disposalList", TenantFixtures.fromYaml("""
                disposalList:
                  items:
                    - code: "06003"
                      kind: event
                      name: {zh: 违章接坡, en: Illegal ramp}
                      leadDepartment: city-management
                      coDepartments: [sanitation]
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
                """).get("disposalList"));
        Response r = given().auth().oauth2(Tokens.operator("fixtures")).contentType("application/json")
                .header("GridX-Initial-Password", TenantFixtures.PASSWORD).body(d.toString()).post("/api/operator/tenants");
        if (r.statusCode() != 201 && r.statusCode() != 200) {
            throw new AssertionError("the loop street was refused: " + r.asString());
        }
        return code;
    }

    static String role(String user) {
        return switch (user) {
            case "disp" -> "dispatcher";
            case "chengguan", "huanwei" -> "department-handler";
            case "li.min" -> "resident";
            case "admin" -> "tenant-admin";
            default -> "informant";
        };
    }

    static String token(String tenant, String user) {
        return Tokens.of(tenant, user, role(user));
    }

    static RequestSpecification api(String tenant, String user) {
        return given().auth().oauth2(token(tenant, user)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A report through the API; returns the case view. */
    static JsonPath report(String tenant, String user, String item, String grid, String description) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", "problem", "itemCode", item, "gridCode", grid,
                "description", description));
        return api(tenant, user).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/t/" + tenant + "/cases").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath act(String tenant, String user, String caseId, Map<String, Object> action) {
        return api(tenant, user).body(action).post("/api/t/" + tenant + "/cases/" + caseId + "/actions")
                .then().statusCode(200).extract().jsonPath();
    }

    /** A small real photo (PNG), as a phone would upload it. */
    static byte[] photo(Color colour) {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.WHITE);
        g.drawLine(0, 0, 63, 47);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String upload(String tenant, String user, byte[] png) {
        List<String> ids = given().auth().oauth2(token(tenant, user)).contentType("image/png").body(png)
                .post("/api/t/" + tenant + "/media").then().statusCode(201).extract().jsonPath().getList("id");
        return ids.get(0);
    }

    /** A case moved to "handled" through the API: reported by gao.limei in G1, dispatched to city management. */
    static String handledCase(String tenant, String description) {
        String id = report(tenant, "gao.limei", "06003", G1, description).getString("summary.id");
        act(tenant, "disp", id, Map.of("action", "register"));
        act(tenant, "disp", id, Map.of("action", "dispatch"));
        act(tenant, "chengguan", id, Map.of("action", "accept"));
        act(tenant, "chengguan", id, Map.of("action", "handle", "note", "已拆除", "photos",
                List.of(upload(tenant, "chengguan", photo(Color.GREEN)))));
        return id;
    }

    /** A page as a signed-in browser asks for it (session cookie, HTML). */
    static Response page(String tenant, String user, String path) {
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(tenant, user))
                .get("/t/" + tenant + path);
    }

    static Response pageEn(String tenant, String user, String path) {
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(tenant, user))
                .cookie("gridx_lang", "en").get("/t/" + tenant + path);
    }

    /** Posts an action form taken from {@code page} (its CSRF token and cookie), as the browser would. */
    static Response postForm(String tenant, String user, Response page, String caseId, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(page.asString());
        if (!csrf.find()) {
            throw new AssertionError("the page carries no CSRF token");
        }
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(tenant, user))
                .cookie("gridx_csrf", page.getCookie("gridx_csrf")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", csrf.group(1)).formParams(fields).post("/t/" + tenant + "/cases/" + caseId + "/actions");
    }

    /** The same as a multipart form with photo files in {@code fileField}. */
    static Response postMultipart(String tenant, String user, Response page, String caseId, Map<String, String> fields,
            String fileField, byte[]... files) {
        Matcher csrf = CSRF.matcher(page.asString());
        if (!csrf.find()) {
            throw new AssertionError("the page carries no CSRF token");
        }
        RequestSpecification r = given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(tenant, user))
                .cookie("gridx_csrf", page.getCookie("gridx_csrf")).contentType("multipart/form-data")
                .multiPart("csrf", csrf.group(1));
        for (Map.Entry<String, String> f : fields.entrySet()) {
            r = r.multiPart(new io.restassured.builder.MultiPartSpecBuilder(f.getValue()).controlName(f.getKey())
                    .charset("UTF-8").build());
        }
        for (int i = 0; i < files.length; i++) {
            r = r.multiPart(fileField, "photo" + i + ".png", files[i], "image/png");
        }
        return r.post("/t/" + tenant + "/cases/" + caseId + "/actions");
    }

    /** The case's version as a page drawn now would carry it in its forms. */
    static String version(String tenant, String caseId) {
        return String.valueOf(api(tenant, "disp").get("/api/t/" + tenant + "/cases/" + caseId).then().statusCode(200)
                .extract().<Integer>path("summary.version"));
    }

    static String state(String tenant, String caseId) {
        return api(tenant, "disp").get("/api/t/" + tenant + "/cases/" + caseId).then().statusCode(200).extract().path("summary.state");
    }
}
