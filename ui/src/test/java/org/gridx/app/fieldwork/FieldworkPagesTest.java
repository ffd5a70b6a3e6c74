package org.gridx.app.fieldwork;

import static io.restassured.RestAssured.given;
import static org.gridx.app.staffing.StaffingFixture.G1;
import static org.gridx.app.staffing.StaffingFixture.G2;
import static org.gridx.app.staffing.StaffingFixture.addPost;
import static org.gridx.app.staffing.StaffingFixture.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.app.staffing.StaffingFixture;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The phone-first visit page, the worker's overview and the staffing page, with the session cookie. */
@QuarkusTest
class FieldworkPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");

    private static Response page(String t, String user, String path) {
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(t, user)).get("/t/" + t + path);
    }

    /** The home page reads the account behind the token's subject, as a real sign-in sets it. */
    private static Response session(String t, String user, String path) {
        String id = AdminSql.query("SELECT id FROM account WHERE tenant_id = ? AND username = ?", t, user).get(0).get("id").toString();
        String role = roleOf(user);
        String jwt = org.gridx.testkit.Tokens.sign(org.gridx.testkit.Tokens.claims(t, user, role).subject(id));
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", jwt).get("/t/" + t + path);
    }

    private static String roleOf(String user) {
        return "admin".equals(user) ? "tenant-admin" : "informant";
    }

    private static Response postVisit(String t, String user, Response form, String grid, String address) {
        Matcher csrf = CSRF.matcher(form.asString());
        Matcher key = KEY.matcher(form.asString());
        assertTrue(csrf.find() && key.find(), "the form carries a CSRF token and an idempotency key");
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(t, user))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("gridx_csrf", form.getCookie("gridx_csrf")).formParam("csrf", csrf.group(1))
                .formParam("key", key.group(1)).formParam("grid", grid).formParam("address", address)
                .formParam("found", "独居老人").formParam("followUp", "on").post("/t/" + t + "/fieldwork/visit");
    }

    @Test
    void aWorkerRecordsAVisitFromThePhonePageOnceEvenWhenTheFormIsSentTwice() {
        String t = StaffingFixture.tenant();
        Response form = page(t, "inf.a", "/fieldwork/visit");
        form.then().statusCode(200).body(containsString("name=\"viewport\""))
                .body(containsString("<label for=\"address\">住户地址</label>")).body(containsString(G1))
                .body(not(containsString(G2)));
        postVisit(t, "inf.a", form, G1, "3号楼2单元501").then().statusCode(303)
                .header("Location", containsString("/t/" + t + "/fieldwork?saved=true"));
        postVisit(t, "inf.a", form, G1, "3号楼2单元501").then().statusCode(303);
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM field_visit WHERE tenant_id = ? AND follow_up", t));
        page(t, "inf.a", "/fieldwork?saved=true").then().statusCode(200).body(containsString("3号楼2单元501"))
                .body(containsString("走访记录已保存"));

        Response again = page(t, "inf.a", "/fieldwork/visit");
        postVisit(t, "inf.a", again, G2, "平房区").then().statusCode(422).body(containsString("id=\"visit-errors\""))
                .body(containsString(G2));
        postVisit(t, "inf.a", again, G1, "").then().statusCode(422).body(containsString("give the address"));
        given().accept("text/html").cookie("gridx_token", token(t, "inf.a")).cookie("gridx_lang", "en")
                .get("/t/" + t + "/fieldwork/visit").then().statusCode(200).body(containsString("Household address"));
        page(t, "disp", "/fieldwork/visit").then().statusCode(403);
    }

    @Test
    void theStaffingPageShowsHoldersTheActingPersonAndShortGrids() {
        String t = StaffingFixture.tenant();
        addPost(t, G1, "informant", "inf.a", "inf.b");
        StaffingFixture.post(t, "admin", "/staffing/absences", java.util.Map.of("account", "inf.a",
                "from", java.time.OffsetDateTime.now().minusDays(1).toString(),
                "to", java.time.OffsetDateTime.now().plusDays(1).toString(), "reason", "病假")).statusCode(201);
        page(t, "chief.c", "/staffing").then().statusCode(200).body(containsString("信息员甲"))
                .body(containsString("信息员乙 （B岗顶岗）")).body(containsString("id=\"understaffed\""))
                .body(containsString(G2));
        page(t, "inf.a", "/staffing").then().statusCode(403);
        session(t, "admin", "/").then().statusCode(200).body(containsString("/t/" + t + "/staffing"));
        session(t, "inf.a", "/").then().statusCode(200).body(containsString("/t/" + t + "/fieldwork/visit"));
        // another tenant's session sees none of it
        String other = StaffingFixture.tenant();
        given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(other, "admin"))
                .get("/t/" + t + "/staffing").then().statusCode(org.hamcrest.Matchers.not(200));
    }
}
