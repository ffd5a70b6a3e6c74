package org.gridx.app.modules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tenant administrator's module page drives the same enablement as the API: turning a module on
 * brings its API and menu entry, a bad setting is shown next to its field with nothing saved, and turning
 * it off takes them away again (its data stays).
 */
@QuarkusTest
class ModulesAdminPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    String tenant;
    String admin;

    @BeforeEach
    void tenantWithAdmin() {
        tenant = AdminSql.tenant(Codes.tenant("mp"));
        AdminSql.update("INSERT INTO account (tenant_id, id, username, display_name, roles) "
                + "VALUES (?, gen_random_uuid(), 'zhou.lei', '周磊', '{tenant-admin}')", tenant);
        admin = Tokens.of(tenant, "zhou.lei", "tenant-admin");
    }

    @Test
    void enableWithSettingsThenDisable() {
        given().auth().oauth2(admin).get("/api/t/" + tenant + "/sample-notes/notes").then().statusCode(404);

        submit(Map.of("enabled", "on", "s.max-title-length", "40")).then().statusCode(303);
        given().auth().oauth2(admin).get("/api/t/" + tenant + "/sample-notes/notes").then().statusCode(200);
        assertEquals(40L, ((Number) AdminSql.query("SELECT (settings->>'max-title-length')::int AS v FROM tenant_module "
                + "WHERE tenant_id = ? AND module_id = 'sample-notes'", tenant).get(0).get("v")).longValue());
        given().auth().oauth2(admin).accept("text/html").get("/t/" + tenant + "/").then().statusCode(200)
                .body(containsString("/t/" + tenant + "/sample-notes/notes"));

        submit(Map.of()).then().statusCode(303);
        given().auth().oauth2(admin).get("/api/t/" + tenant + "/sample-notes/notes").then().statusCode(404);
        given().auth().oauth2(admin).accept("text/html").get("/t/" + tenant + "/").then().statusCode(200)
                .body(not(containsString("/sample-notes/notes")));
    }

    @Test
    void aBadSettingIsShownAtItsFieldAndNothingIsSaved() {
        submit(Map.of("enabled", "on", "s.max-title-length", "lots")).then().statusCode(422)
                .contentType(containsString("text/html"))
                .body(containsString("id=\"e-sample-notes-max-title-length\""))
                .body(containsString("whole number"));
        submit(Map.of("enabled", "on", "s.max-title-length", "5000")).then().statusCode(422)
                .body(containsString("id=\"e-sample-notes-max-title-length\""));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM tenant_module WHERE tenant_id = ?", tenant));
    }

    @Test
    void onlyTenantAdministratorsAndOnlyTheirOwnTenant() {
        String other = AdminSql.tenant(Codes.tenant("mp"));
        given().auth().oauth2(Tokens.of(tenant, "gao.limei", "informant")).accept("text/html")
                .get("/t/" + tenant + "/admin/modules").then().statusCode(403);
        given().auth().oauth2(Tokens.of(other, "zhou.lei", "tenant-admin")).accept("text/html")
                .get("/t/" + tenant + "/admin/modules").then().statusCode(404);
        given().auth().oauth2(admin).accept("text/html").get("/t/" + tenant + "/admin/modules").then()
                .statusCode(200).body(containsString("module-sample-notes"));
    }

    private Response submit(Map<String, String> fields) {
        Response page = given().auth().oauth2(admin).accept("text/html").get("/t/" + tenant + "/admin/modules");
        Matcher m = CSRF.matcher(page.asString());
        assertTrue(m.find(), "the form carries a CSRF token");
        return given().auth().oauth2(admin).redirects().follow(false).accept("text/html")
                .cookie("gridx_csrf", page.getCookie("gridx_csrf")).formParam("csrf", m.group(1))
                .formParams(fields).post("/t/" + tenant + "/admin/modules/sample-notes");
    }
}
