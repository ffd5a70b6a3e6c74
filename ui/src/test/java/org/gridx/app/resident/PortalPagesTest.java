package org.gridx.app.resident;

import static io.restassured.RestAssured.given;
import static org.gridx.app.resident.ResidentFixture.*;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The portal's pages in zh-CN and en: public home, registration form, profile, verification queue, settings, news desk. */
@QuarkusTest
class PortalPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    static RequestSpecification browser(String t, String user, String lang) {
        RequestSpecification r = given().redirects().follow(false).accept("text/html").cookie("gridx_lang", lang);
        return user == null ? r : r.cookie("gridx_token", Tokens.of(t, user, role(user)));
    }

    /** Posts a form taken from {@code page} (its CSRF token and cookie), as the browser would. */
    static Response submit(String t, String user, Response page, String path, Map<String, String> fields) {
        Matcher m = CSRF.matcher(page.asString());
        assertTrue(m.find(), "the page carries a CSRF token");
        return browser(t, user, "zh-CN").cookie("gridx_csrf", page.getCookie("gridx_csrf"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf", m.group(1))
                .formParams(fields).post("/t/" + t + path);
    }

    @Test
    void thePublicHomeShowsTheStreetItsGridsNewsAndEnabledModulesSections() {
        String t = tenant("hp");
        as(t, "admin").body(Map.of("titleZh", "民情问需会通知", "titleEn", "Needs meeting notice", "bodyZh", "周五")).post("/api/t/" + t + "/news")
                .then().statusCode(201);
        browser(t, null, "zh-CN").get("/t/" + t + "/portal").then().statusCode(200).body(allOf(containsString("测试街道"),
                containsString("民情问需会通知"), containsString("id=\"grid-" + G1 + "\""), containsString("测试网格1"),
                containsString("href=\"/t/" + t + "/register\""), containsString("href=\"/t/" + t + "/login\""),
                containsString("lang=\"zh-CN\""), not(containsString("section-sample-notes-latest"))));
        browser(t, null, "en").get("/t/" + t + "/portal").then().statusCode(200).body(allOf(containsString("lang=\"en\""),
                containsString("Needs meeting notice"), containsString("Register as a resident"), containsString("News of the street")));

        // a module's public section appears once the tenant enables the module, and goes when it is disabled
        as(t, "admin").body(Map.of("enabled", true)).put("/api/t/" + t + "/modules/sample-notes").then().statusCode(200);
        as(t, "admin").body(Map.of("title", "楼道堆物清理倡议")).post("/api/t/" + t + "/sample-notes/notes").then().statusCode(201);
        browser(t, null, "zh-CN").get("/t/" + t + "/portal").then().statusCode(200).body(allOf(
                containsString("id=\"section-sample-notes-latest\""), containsString("最新便签"), containsString("楼道堆物清理倡议")));
        as(t, "admin").body(Map.of("enabled", false)).put("/api/t/" + t + "/modules/sample-notes").then().statusCode(200);
        browser(t, null, "zh-CN").get("/t/" + t + "/portal").then().statusCode(200).body(not(containsString("section-sample-notes-latest")));
        browser(t, null, "zh-CN").get("/t/nosuch-street/portal").then().statusCode(404);
    }

    @Test
    void aResidentRegistersThroughTheFormAndSeesTheirProfile() {
        String t = tenant("rg");
        Places p = places(t);
        Response page = browser(t, null, "zh-CN").get("/t/" + t + "/register");
        page.then().statusCode(200).body(allOf(containsString("居民注册"), containsString("幸福小区"), containsString("id=\"compound\"")));
        browser(t, null, "en").get("/t/" + t + "/register").then().statusCode(200).body(containsString("Register as a resident"));

        // without script: choosing the compound and building re-draws the next lists
        submit(t, null, page, "/register", Map.of("step", "places", "compound", p.compound1(), "building", p.building1(),
                "displayName", "李敏")).then().statusCode(200).body(allOf(containsString("1号楼"), containsString("1单元"),
                containsString("value=\"李敏\"")));
        // a wrong form comes back with each field marked
        submit(t, null, page, "/register", Map.of("displayName", "李敏", "phone", "123", "username", "li.min", "password", "x",
                "compound", p.compound1())).then().statusCode(422).body(allOf(containsString("id=\"form-errors\""),
                containsString("id=\"phone-error\""), containsString("id=\"password-error\""), containsString("id=\"placeId-error\""),
                containsString("aria-invalid=\"true\"")));
        Response ok = submit(t, null, page, "/register", Map.of("displayName", "李敏", "phone", "13800000000", "username", "li.min",
                "password", PASSWORD, "compound", p.compound1(), "building", p.building1(), "unit", p.unit1()));
        assertEquals(303, ok.statusCode(), ok.asString());
        assertTrue(ok.getHeader("Location").endsWith("/t/" + t + "/register?done=1"));
        assertEquals("pending", AdminSql.query("SELECT state FROM resident_registration WHERE tenant_id = ?", t).get(0).get("state"));

        Response profile = browser(t, "li.min", "zh-CN").get("/t/" + t + "/profile");
        profile.then().statusCode(200).body(allOf(containsString("待核实"), containsString("幸福小区 1号楼 1单元"),
                containsString("value=\"13800000000\"")));
        browser(t, "li.min", "en").get("/t/" + t + "/profile").then().statusCode(200).body(containsString("Waiting for verification"));
        Response moved = submit(t, "li.min", profile, "/profile", Map.of("displayName", "李敏", "phone", "13800000000",
                "compound", p.compound2(), "building", p.building2(), "unit", p.unit2()));
        assertEquals(303, moved.statusCode(), moved.asString());
        assertTrue(moved.getHeader("Location").endsWith("saved=address"));
        assertEquals(G2, AdminSql.query("SELECT g.code FROM resident_registration r JOIN grid_node g ON g.tenant_id = r.tenant_id "
                + "AND g.id = r.grid_node_id WHERE r.tenant_id = ?", t).get(0).get("code"));
        browser(t, "gao.limei", "zh-CN").get("/t/" + t + "/profile").then().statusCode(403);
    }

    @Test
    void theGridVerifiesOnItsQueuePageAndSettingsAndNewsDeskWork() {
        String t = tenant("vq");
        Places p = places(t);
        String id = register(t, "li.min", "李敏", p.unit1()).getString("id");
        Response queue = browser(t, "gao.limei", "zh-CN").get("/t/" + t + "/verifications");
        queue.then().statusCode(200).body(allOf(containsString("居民核实"), containsString("id=\"registration-" + id + "\""),
                containsString("幸福小区 1号楼 1单元")));
        browser(t, "gao.limei", "en").get("/t/" + t + "/verifications").then().statusCode(200).body(containsString("Verify residents"));
        browser(t, "wu.xiuhua", "zh-CN").get("/t/" + t + "/verifications").then().statusCode(200)
                .body(allOf(not(containsString("registration-" + id)), containsString("id=\"no-pending\"")));
        browser(t, "li.min", "zh-CN").get("/t/" + t + "/verifications").then().statusCode(403);
        submit(t, "gao.limei", queue, "/verifications/" + id, Map.of("decision", "reject")).then().statusCode(422)
                .body(containsString("id=\"form-errors\""));
        submit(t, "wu.xiuhua", queue, "/verifications/" + id, Map.of("decision", "verify")).then().statusCode(404);
        Response done = submit(t, "gao.limei", queue, "/verifications/" + id, Map.of("decision", "verify"));
        assertEquals(303, done.statusCode(), done.asString());
        // the Location is already URL-encoded, as a browser follows it
        browser(t, "gao.limei", "zh-CN").urlEncodingEnabled(false).get(done.getHeader("Location").replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(allOf(containsString("已核实 李敏"), containsString("id=\"no-pending\"")));

        Response settings = browser(t, "li.min", "zh-CN").get("/t/" + t + "/notifications/settings");
        settings.then().statusCode(200).body(allOf(containsString("每日摘要"), containsString("id=\"delivery-immediate\" checked")));
        browser(t, "li.min", "en").get("/t/" + t + "/notifications/settings").then().statusCode(200).body(containsString("Daily digest"));
        assertEquals(303, submit(t, "li.min", settings, "/notifications/settings", Map.of("delivery", "daily")).statusCode());
        browser(t, "li.min", "zh-CN").get("/t/" + t + "/notifications/settings").then().body(containsString("id=\"delivery-daily\" checked"));

        Response desk = browser(t, "admin", "zh-CN").get("/t/" + t + "/news-desk");
        desk.then().statusCode(200).body(containsString("发布动态"));
        browser(t, "admin", "en").get("/t/" + t + "/news-desk").then().statusCode(200).body(containsString("Publish news"));
        submit(t, "admin", desk, "/news-desk", Map.of("titleZh", "", "bodyZh", "")).then().statusCode(422)
                .body(containsString("id=\"form-errors\""));
        assertEquals(303, submit(t, "admin", desk, "/news-desk", Map.of("titleZh", "垃圾分类宣传", "bodyZh", "本周六上午")).statusCode());
        browser(t, null, "zh-CN").get("/t/" + t + "/portal").then().body(containsString("垃圾分类宣传"));
        browser(t, "gao.limei", "zh-CN").get("/t/" + t + "/news-desk").then().statusCode(403);
        // the menu leads there
        browser(t, "gao.limei", "zh-CN").get("/t/" + t + "/notifications").then().statusCode(200)
                .body(containsString("href=\"/t/" + t + "/verifications\""));
        browser(t, "li.min", "zh-CN").get("/t/" + t + "/notifications").then().statusCode(200).body(containsString("href=\"/t/" + t + "/profile\""));
    }
}
