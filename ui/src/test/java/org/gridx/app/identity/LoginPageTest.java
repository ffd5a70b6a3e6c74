package org.gridx.app.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server-rendered sign-in flow as a browser sees it: cookies, CSRF, redirects, languages. */
@QuarkusTest
class LoginPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    String tenant;

    @BeforeEach
    void setUp() {
        tenant = IdentityFixture.tenant();
        IdentityFixture.account(tenant, "gaolimei", "informant", "tenant-admin");
    }

    /** GETs the login page and returns [csrf cookie, csrf form token]. */
    private String[] csrf(String path) {
        Response page = given().accept("text/html").get(path);
        page.then().statusCode(200);
        Matcher m = CSRF.matcher(page.asString());
        assertTrue(m.find(), "the form carries a CSRF token");
        return new String[] {page.getCookie("gridx_csrf"), m.group(1)};
    }

    private Response signIn(String next) {
        String[] csrf = csrf("/t/" + tenant + "/login");
        return given().redirects().follow(false).accept("text/html").cookie("gridx_csrf", csrf[0])
                .formParam("csrf", csrf[1]).formParam("username", "gaolimei")
                .formParam("password", IdentityFixture.PASSWORD).formParam("next", next == null ? "" : next)
                .post("/t/" + tenant + "/login");
    }

    @Test
    void loginPageRendersInChineseByDefaultAndInEnglish() {
        given().accept("text/html").get("/t/" + tenant + "/login").then().statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">")).body(containsString("用户名"))
                .body(containsString("测试街道 " + tenant)).body(containsString("/static/gridx.css"));
        Response chosen = given().accept("text/html").get("/t/" + tenant + "/login?lang=en");
        chosen.then().statusCode(200).body(containsString("<html lang=\"en\">")).body(containsString("Username"))
                .body(containsString("Test street " + tenant));
        assertEquals("en", chosen.getCookie("gridx_lang"), "an explicit choice is remembered");
        given().accept("text/html").cookie("gridx_lang", "en").get("/t/" + tenant + "/login")
                .then().body(containsString("<html lang=\"en\">"));
    }

    @Test
    void theTenantLanguageComesBeforeTheBrowsersAndTheBrowsersBeforeTheDefault() {
        given().accept("text/html").header("Accept-Language", "en-GB,en;q=0.9").get("/t/" + tenant + "/login")
                .then().body(containsString("<html lang=\"zh-CN\">"));
        AdminSql.update("UPDATE tenant SET locale = 'en' WHERE code = ?", tenant);
        given().accept("text/html").get("/t/" + tenant + "/login?lang=xx")
                .then().body(containsString("<html lang=\"en\">"));
        given().accept("text/html").header("Accept-Language", "en-GB,en;q=0.9").get("/operator/login")
                .then().body(containsString("<html lang=\"en\">")).body(containsString("Platform operator sign-in"));
    }

    @Test
    void theStylesheetIsServed() {
        given().get("/static/gridx.css").then().statusCode(200).body(containsString(":focus-visible"));
    }

    @Test
    void aFormPostWithoutCsrfTokenIsRejected() {
        String[] csrf = csrf("/t/" + tenant + "/login");
        given().redirects().follow(false).cookie("gridx_csrf", csrf[0]).formParam("username", "gaolimei")
                .formParam("password", IdentityFixture.PASSWORD).post("/t/" + tenant + "/login")
                .then().statusCode(400).header("Set-Cookie", not(containsString("gridx_token=ey")));
        given().redirects().follow(false).formParam("csrf", csrf[1]).formParam("username", "gaolimei")
                .formParam("password", IdentityFixture.PASSWORD).post("/t/" + tenant + "/login")
                .then().statusCode(400);
    }

    @Test
    void signInSetsSessionCookiesAndOpensTheHomePage() {
        Response r = signIn(null);
        r.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/t/" + tenant + "/"));
        Cookie access = r.getDetailedCookie("gridx_token");
        Cookie refresh = r.getDetailedCookie("gridx_refresh");
        assertTrue(access.isHttpOnly() && "/".equals(access.getPath()) && "Lax".equalsIgnoreCase(access.getSameSite()));
        assertTrue(refresh.isHttpOnly() && ("/t/" + tenant).equals(refresh.getPath()));

        given().accept("text/html").cookie("gridx_token", access.getValue()).get("/t/" + tenant + "/")
                .then().statusCode(200).body(containsString("网格信息员")).body(containsString("日常巡查本网格"))
                .body(containsString("href=\"/t/" + tenant + "/admin/modules\""))
                .body(containsString("本街道尚未启用任何功能模块"));
    }

    @Test
    void wrongPasswordShowsTheFormAgainWithAMessage() {
        String[] csrf = csrf("/t/" + tenant + "/login");
        given().accept("text/html").cookie("gridx_csrf", csrf[0]).formParam("csrf", csrf[1])
                .formParam("username", "gaolimei").formParam("password", "wrong-one").post("/t/" + tenant + "/login")
                .then().statusCode(401).body(containsString("用户名或密码错误"));
    }

    @Test
    void aProtectedPageWithoutSessionRedirectsToLoginWithAReturnPath() {
        given().redirects().follow(false).accept("text/html").get("/t/" + tenant + "/")
                .then().statusCode(303).header("Location", containsString("/t/" + tenant + "/login?next=%2Ft%2F" + tenant + "%2F"));
    }

    @Test
    void theReturnPathCannotLeaveTheTenant() {
        for (String evil : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example",
                "/t/other/", "/t/" + tenant + "/../../operator"}) {
            signIn(evil).then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/t/" + tenant + "/"));
        }
        signIn("/t/" + tenant + "/admin/modules").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/t/" + tenant + "/admin/modules"));
    }

    @Test
    void anotherTenantsCookieDoesNotBlockThisTenantsLoginPage() {
        String access = signIn(null).getCookie("gridx_token");
        String other = IdentityFixture.tenant();
        given().accept("text/html").cookie("gridx_token", access).get("/t/" + other + "/login")
                .then().statusCode(200).body(containsString("用户名"));
        given().accept("text/html").cookie("gridx_token", access).cookie("gridx_lang", "en")
                .get("/t/" + other + "/login").then().statusCode(200).body(containsString("Username"));
    }

    @Test
    void anExpiredAccessCookieIsRenewedFromTheRefreshCookie() {
        Response r = signIn(null);
        String refresh = r.getCookie("gridx_refresh");
        Response home = given().accept("text/html").redirects().follow(false).cookie("gridx_refresh", refresh)
                .get("/t/" + tenant + "/");
        home.then().statusCode(200).body(containsString("网格信息员"));
        assertNotNull(home.getCookie("gridx_token"));
        assertNotEquals(refresh, home.getCookie("gridx_refresh"), "the refresh token rotated");
        // The old refresh cookie is now used up: presenting it again ends the session.
        given().accept("text/html").redirects().follow(false).cookie("gridx_refresh", refresh).get("/t/" + tenant + "/")
                .then().statusCode(303);
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM refresh_token r JOIN account a ON a.id = r.account_id "
                + "WHERE a.tenant_id = ? AND r.revoked_at IS NULL", tenant));
    }

    @Test
    void signOutRevokesAndClearsTheSession() {
        Response r = signIn(null);
        String[] csrf = csrf("/t/" + tenant + "/login");
        Response out = given().redirects().follow(false).cookie("gridx_csrf", csrf[0])
                .cookie("gridx_token", r.getCookie("gridx_token")).cookie("gridx_refresh", r.getCookie("gridx_refresh"))
                .formParam("csrf", csrf[1]).post("/t/" + tenant + "/logout");
        out.then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/t/" + tenant + "/login"));
        assertEquals("", out.getCookie("gridx_token"));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM refresh_token r JOIN account a ON a.id = r.account_id "
                + "WHERE a.tenant_id = ? AND r.revoked_at IS NULL", tenant));
    }

    @Test
    void pageErrorsAreHtmlAndApiErrorsStayProblemJson() {
        given().accept("text/html").get("/t/no-such-tenant-x/login").then().statusCode(404)
                .contentType(containsString("text/html")).body(containsString("找不到页面"));
        given().contentType("application/json").body("{\"username\":\"a\",\"password\":\"b\"}")
                .post("/api/t/no-such-tenant-x/auth/login").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void operatorPagesNeedAnOperator() {
        given().redirects().follow(false).accept("text/html").get("/operator").then().statusCode(303)
                .header("Location", containsString("/operator/login?next=%2Foperator"));
        given().accept("text/html").get("/operator/login").then().statusCode(200).body(containsString("平台运维登录"))
                .body(containsString("action=\"/operator/login\""));
        String[] csrf = csrf("/operator/login");
        Response in = given().redirects().follow(false).cookie("gridx_csrf", csrf[0]).formParam("csrf", csrf[1])
                .formParam("username", "operator").formParam("password", OperatorLoginTest.BOOTSTRAP_PASSWORD)
                .post("/operator/login");
        in.then().statusCode(303);
        given().accept("text/html").cookie("gridx_token", in.getCookie("gridx_token")).get("/operator")
                .then().statusCode(200).body(containsString(tenant));
    }
}
