package org.gridx.app.lists;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.api.identity.Role;
import org.gridx.api.identity.TokenClaims;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The list editor and the patrol page as a browser uses them: session cookie, CSRF, both languages. */
@QuarkusTest
class ListsPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    private static Response page(String token, String path, String lang) {
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token).cookie("gridx_lang", lang).get(path);
    }

    private static String group(Pattern p, String html) {
        Matcher m = p.matcher(html);
        assertTrue(m.find(), p + " not in page");
        return m.group(1);
    }

    @Test
    void theEditorShowsHistoryAndLetsAnAdminDraftAndPublishWhileStaffOnlyRead() {
        String t = ListFixtures.tenant();
        String v1 = ListFixtures.openDraft(t);
        ListFixtures.put(t, v1, ListFixtures.item("06001", "event", "PT4H"));
        ListFixtures.publish(t, v1, null);
        String admin = Tokens.of(t, "admin", Role.Names.TENANT_ADMIN);
        Response editor = page(admin, "/t/" + t + "/lists", "zh-CN");
        editor.then().statusCode(200).body(containsString("第 1 版")).body(containsString("06001")).body(containsString("新建草稿"));
        String csrf = group(CSRF, editor.asString());
        String location = given().redirects().follow(false).cookie("gridx_token", admin).cookie("gridx_csrf", editor.getCookie("gridx_csrf"))
                .formParam("csrf", csrf).post("/t/" + t + "/lists/draft").then().statusCode(303).extract().header("Location");
        String draft = location.substring(location.indexOf("version=") + 8);
        given().redirects().follow(false).cookie("gridx_token", admin).cookie("gridx_csrf", editor.getCookie("gridx_csrf"))
                .formParam("csrf", csrf).formParam("code", "06002").formParam("kind", "event").formParam("nameZh", "店面无证装修")
                .formParam("leadDepartment", "city-management").formParam("coDepartments", "sanitation")
                .formParam("verify", "PT30M").formParam("dispatch", "PT30M").formParam("accept", "PT30M").formParam("handle", "PT48H")
                .formParam("check", "PT30M").formParam("priority", "high")
                .post("/t/" + t + "/lists/versions/" + draft + "/items").then().statusCode(303);
        given().redirects().follow(false).accept("text/html").cookie("gridx_token", admin).cookie("gridx_csrf", editor.getCookie("gridx_csrf"))
                .formParam("csrf", csrf).formParam("code", "06003").formParam("kind", "event").formParam("nameZh", "x")
                .formParam("leadDepartment", "ghost").formParam("verify", "soon").formParam("dispatch", "PT30M").formParam("accept", "PT30M")
                .formParam("handle", "PT48H").formParam("check", "PT30M").formParam("priority", "high")
                .post("/t/" + t + "/lists/versions/" + draft + "/items").then().statusCode(422)
                .body(containsString("/leadDepartment")).body(containsString("/limits/verify"));
        given().redirects().follow(false).cookie("gridx_token", admin).cookie("gridx_csrf", editor.getCookie("gridx_csrf"))
                .formParam("csrf", csrf).post("/t/" + t + "/lists/versions/" + draft + "/publish").then().statusCode(303);
        page(Tokens.of(t, "disp", Role.Names.DISPATCHER), "/t/" + t + "/lists?version=" + draft, "en").then().statusCode(200)
                .body(containsString("Version 2")).body(containsString("1 added, 0 removed, 0 changed"))
                .body(not(containsString("New draft"))).body(not(containsString("id=\"item-form\"")));
        // Without the CSRF token the form post is refused.
        given().redirects().follow(false).cookie("gridx_token", admin).post("/t/" + t + "/lists/draft").then().statusCode(400);
    }

    @Test
    void anInformantPatrolsFromThePhonePageOnceEvenWhenTheFormIsSentTwice() {
        String t = ListFixtures.tenant();
        String item = PatrolApiTest.checklistItem(t, "垃圾箱是否满溢", "06042");
        String token = Tokens.sign(Tokens.claims(t, "gaolimei", Role.Names.INFORMANT).claim(TokenClaims.GRID_SCOPE, List.of(PatrolApiTest.GRID)));
        Response form = page(token, "/t/" + t + "/patrol", "zh-CN");
        form.then().statusCode(200).body(containsString("垃圾箱是否满溢")).body(containsString("有问题"));
        String csrf = group(CSRF, form.asString());
        String key = group(KEY, form.asString());
        for (String expected : List.of("巡查已记录", "之前已经提交过")) {
            given().accept("text/html").cookie("gridx_token", token).cookie("gridx_csrf", form.getCookie("gridx_csrf"))
                    .formParam("csrf", csrf).formParam("key", key).formParam("grid", PatrolApiTest.GRID)
                    .formParam("result_" + item, "problem").formParam("note_" + item, "full").formParam("lon", "110.03").formParam("lat", "40.40")
                    .post("/t/" + t + "/patrol").then().statusCode(200).body(containsString(expected));
        }
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_report_draft WHERE tenant_id = ? AND description = '垃圾箱是否满溢: full'", t));
        page(Tokens.of(t, "disp", Role.Names.DISPATCHER), "/t/" + t + "/patrol", "zh-CN").then().statusCode(403);
    }

    @Test
    void anotherTenantsTokenGets404OnThesePages() {
        String a = ListFixtures.tenant();
        String b = ListFixtures.tenant();
        String tokenA = Tokens.of(a, "admin", Role.Names.TENANT_ADMIN, Role.Names.INFORMANT);
        for (String path : List.of("/t/" + b + "/lists", "/t/" + b + "/patrol")) {
            given().auth().oauth2(tokenA).accept("text/html").get(path).then().statusCode(404);
        }
        given().auth().oauth2(tokenA).formParam("csrf", "x").post("/t/" + b + "/lists/draft").then().statusCode(404);
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM disposal_list_version WHERE tenant_id = ?", b));
    }
}
