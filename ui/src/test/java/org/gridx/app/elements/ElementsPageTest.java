package org.gridx.app.elements;

import static io.restassured.RestAssured.given;
import static org.gridx.app.elements.ElementFixtures.GRID_A;
import static org.gridx.app.elements.ElementFixtures.GRID_B;
import static org.gridx.app.elements.ElementFixtures.admin;
import static org.gridx.app.elements.ElementFixtures.idCard;
import static org.gridx.app.elements.ElementFixtures.register;
import static org.gridx.app.elements.ElementFixtures.resident;
import static org.gridx.app.elements.ElementFixtures.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The element registry page: masked search results per scope, reveal with a reason (recorded), zh/en, isolation. */
@QuarkusTest
class ElementsPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    @Test
    void searchShowsMaskedNumbersAndRevealNeedsAReasonAndIsRecorded() {
        String t = ElementFixtures.tenant();
        String id = idCard(1948, 50);
        String rid = register(t, admin(t), resident("刘奶奶", id, "13600001234", GRID_A)).statusCode(201).extract().path("id");
        register(t, admin(t), resident("陈爷爷", idCard(1947, 51), "13600005678", GRID_B)).statusCode(201);
        String informant = token(t, "inf-a", "informant", GRID_A);
        Response first = given().cookie("gridx_token", informant).accept("text/html").get("/t/" + t + "/elements");
        Matcher f = CSRF.matcher(first.asString());
        assertTrue(f.find(), "search form carries a CSRF token");
        Response page = given().cookie("gridx_token", informant).cookie("gridx_csrf", first.getCookie("gridx_csrf"))
                .accept("text/html").formParam("csrf", f.group(1)).formParam("phone", "13600001234")
                .post("/t/" + t + "/elements");
        page.then().statusCode(200).body(containsString("刘奶奶")).body(containsString("136****1234"))
                .body(not(containsString("13600001234"))).body(not(containsString(id))).body(not(containsString("陈爷爷")))
                .body(containsString("基础要素台账"));
        Matcher m = CSRF.matcher(page.asString());
        assertTrue(m.find(), "reveal form carries a CSRF token");
        String csrfCookie = page.getCookie("gridx_csrf") != null ? page.getCookie("gridx_csrf") : first.getCookie("gridx_csrf");
        given().cookie("gridx_token", informant).cookie("gridx_csrf", csrfCookie).accept("text/html")
                .formParam("csrf", m.group(1)).formParam("field", "id_card").formParam("reason", "核对低保资格")
                .post("/t/" + t + "/elements/residents/" + rid + "/reveal").then().statusCode(200)
                .body(containsString(id)).body(containsString("本次查看已记录"));
        given().cookie("gridx_token", informant).cookie("gridx_csrf", csrfCookie).accept("text/html")
                .formParam("csrf", m.group(1)).formParam("field", "phone").formParam("reason", " ")
                .post("/t/" + t + "/elements/residents/" + rid + "/reveal").then().statusCode(422)
                .body(not(containsString("13600001234")));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM element_reveal WHERE tenant_id = ? AND actor = 'inf-a'", t));
        given().cookie("gridx_token", informant).accept("text/html").queryParam("lang", "en").get("/t/" + t + "/elements")
                .then().statusCode(200).body(containsString("Element registry")).body(containsString("Show full number"));
        given().cookie("gridx_token", token(t, "disp", "dispatcher", GRID_A)).accept("text/html").get("/t/" + t + "/elements")
                .then().statusCode(200).body(containsString("136****1234")).body(not(containsString("查看完整号码</summary>")));
        given().cookie("gridx_token", token(t, "res", "resident", GRID_A)).accept("text/html").get("/t/" + t + "/elements")
                .then().statusCode(403);
        String other = ElementFixtures.tenant();
        given().cookie("gridx_token", admin(other)).accept("text/html").redirects().follow(false).get("/t/" + t + "/elements")
                .then().statusCode(org.hamcrest.Matchers.oneOf(302, 303, 404)).body(not(containsString("刘奶奶")));
    }
}
