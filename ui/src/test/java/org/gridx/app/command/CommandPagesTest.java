package org.gridx.app.command;

import static io.restassured.RestAssured.given;
import static org.gridx.app.command.CommandFixture.C1;
import static org.gridx.app.command.CommandFixture.C2;
import static org.gridx.app.command.CommandFixture.G11;
import static org.gridx.app.command.CommandFixture.STREET;
import static org.gridx.app.command.CommandFixture.api;
import static org.gridx.app.command.CommandFixture.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The board and camera pages as a browser gets them: languages, the menu, the roster, plain form posts. */
@QuarkusTest
class CommandPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    static Response page(String t, String user, String path, String lang) {
        var r = given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(t, user));
        if (lang != null) {
            r = r.cookie("gridx_lang", lang);
        }
        return r.get("/t/" + t + path);
    }

    @Test
    void theBoardPageCarriesTheRosterTheNodeAndTheScriptsInBothLanguages() {
        String t = CommandFixture.tenant();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        api(t, "disp").body(Map.of("date", today, "shift", "all-day", "username", "admin", "role", "leader",
                "phone", "0477-5123456")).post("/api/t/" + t + "/command/duty").then().statusCode(201);
        Response zh = page(t, "disp", "/command", null);
        assertEquals(200, zh.statusCode());
        String html = zh.asString();
        assertTrue(html.contains("<h1>指挥中心大屏</h1>"), html);
        assertTrue(html.contains("data-node=\"" + STREET + "\""));
        assertTrue(html.contains("data-stream=\"/api/t/" + t + "/live?types=case.\""));
        assertTrue(html.contains("/webjars/echarts/5.3.1/dist/echarts.min.js"));
        assertTrue(html.contains("/static/command-board.js"));
        assertTrue(html.contains("带班领导") && html.contains("管理员") && html.contains("tel:0477-5123456"), "today's roster");
        assertTrue(html.contains("href=\"/t/" + t + "/command\""), "the menu lists the board");
        assertTrue(html.contains("href=\"/t/" + t + "/command/cameras\""), "and, for the centre, the cameras");

        String en = page(t, "disp", "/command", "en").asString();
        assertTrue(en.contains("<h1>Command-centre board</h1>"), en);
        assertTrue(en.contains("Leader on duty"));

        String chief = page(t, "chief1", "/command", null).asString();
        assertTrue(chief.contains("data-node=\"" + C1 + "\""), "a chief's board opens on their community");
        assertTrue(chief.contains("href=\"/t/" + t + "/command\""));
        assertFalse(chief.contains("/command/cameras"), "a chief does not keep the camera registry");
        assertEquals(404, page(t, "chief1", "/command?node=" + C2, null).statusCode());
        assertFalse(page(t, "gao", "/", null).asString().contains("/command\""), "informants have no board link");
        assertEquals(200, page(t, "disp", "/command?node=" + G11, null).statusCode());
        given().redirects().follow(false).accept("text/html").get("/t/" + t + "/command").then().statusCode(org.hamcrest.Matchers.oneOf(302, 303));
    }

    @Test
    void theCameraPageAddsChangesAndDeletesWithPlainFormsAndShowsWhatToFix() {
        String t = CommandFixture.tenant();
        Response list = page(t, "disp", "/command/cameras", null);
        assertEquals(200, list.statusCode());
        assertTrue(list.asString().contains("还没有登记摄像头"));

        Response bad = post(t, list, "/command/cameras", Map.of("name", "北大东门", "node", G11, "lon", "东经110",
                "lat", "40.406", "streamUrl", "javascript:alert(1)", "status", "online"));
        assertEquals(422, bad.statusCode());
        String refused = bad.asString();
        assertTrue(refused.contains("href=\"#camera-streamUrl\"") && refused.contains("href=\"#camera-lon\""), refused);
        assertTrue(refused.contains("value=\"北大东门\""), "the form comes back as typed");
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM command_camera WHERE tenant_id = ?", t));

        Response ok = post(t, list, "/command/cameras", Map.of("name", "北大东门", "node", G11, "lon", "110.004",
                "lat", "40.406", "streamUrl", "rtsp://video.example/beida", "status", "online", "note", ""));
        assertEquals(303, ok.statusCode(), ok.asString());
        String id = AdminSql.query("SELECT id FROM command_camera WHERE tenant_id = ?", t).get(0).get("id").toString();
        String after = page(t, "disp", "/command/cameras?done=saved&name=x", null).asString();
        assertTrue(after.contains("href=\"rtsp://video.example/beida\" target=\"_blank\" rel=\"noopener noreferrer\""), after);

        Response edit = page(t, "admin", "/command/cameras?edit=" + id, null);
        assertTrue(edit.asString().contains("action=\"/t/" + t + "/command/cameras/" + id + "\""));
        assertEquals(303, post(t, edit, "/command/cameras/" + id, Map.of("name", "北大东门", "node", G11, "lon", "110.004",
                "lat", "40.406", "streamUrl", "rtsp://video.example/beida", "status", "offline")).statusCode());
        assertEquals("offline", AdminSql.query("SELECT status FROM command_camera WHERE id = ?::uuid", id).get(0).get("status"));
        assertEquals(303, post(t, edit, "/command/cameras/" + id + "/delete", Map.of()).statusCode());
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM command_camera WHERE tenant_id = ?", t));

        assertEquals(403, page(t, "chief1", "/command/cameras", null).statusCode());
        assertEquals(403, page(t, "li.min", "/command/cameras", null).statusCode());
    }

    private static Response post(String t, Response page, String path, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(page.asString());
        assertTrue(csrf.find(), "the page carries a CSRF token");
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(t, "disp"))
                .cookie("gridx_csrf", page.getCookie("gridx_csrf"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf", csrf.group(1))
                .formParams(fields).post("/t/" + t + path);
    }
}
