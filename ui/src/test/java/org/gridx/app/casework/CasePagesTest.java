package org.gridx.app.casework;

import static io.restassured.RestAssured.given;
import static org.gridx.app.casework.LoopFixture.G1;
import static org.gridx.app.casework.LoopFixture.page;
import static org.gridx.app.casework.LoopFixture.pageEn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The case page: the whole record with photos and hashes, the caller's moves as forms, the chain check. */
@QuarkusTest
class CasePagesTest {

    @Test
    void theCasePageShowsTheRecordStepByStepWithPhotosAndHashes() {
        String t = LoopFixture.tenant();
        String id = LoopFixture.handledCase(t, "北大社区对面新搭违建");
        JsonPath view = LoopFixture.api(t, "disp").get("/api/t/" + t + "/cases/" + id).then().extract().jsonPath();
        String number = view.getString("summary.number");
        String photo = view.getString("timeline[4].photos[0]");
        String hash = view.getString("timeline[0].hash");

        page(t, "gao.limei", "/cases/" + id).then().statusCode(200)
                .body(containsString("案卷 " + number))
                .body(containsString("北大社区对面新搭违建"))
                .body(containsString("已处置"))
                .body(containsString("id=\"entry-1\"")).body(containsString("id=\"entry-5\""))
                .body(containsString("采集上报")).body(containsString("核实立案")).body(containsString("指挥派遣"))
                .body(containsString("签收")).body(containsString("处理反馈"))
                .body(containsString("城管"))
                .body(containsString("/api/t/" + t + "/media/" + photo + "/thumbnail"))
                .body(containsString("href=\"/api/t/" + t + "/media/" + photo + "\""))
                .body(containsString(hash.substring(0, 12)))
                // the grid worker checks it: close and rework are offered, dispatch is not
                .body(containsString("id=\"close-" + number + "\"")).body(containsString("id=\"rework-" + number + "\""))
                .body(not(containsString("id=\"dispatch-" + number + "\"")));
        pageEn(t, "gao.limei", "/cases/" + id).then().statusCode(200).body(containsString("Case " + number))
                .body(containsString("Handle and feed back")).body(containsString("Check and close"));
        page(t, "gao.limei", "/cases/" + id + "?verify=true").then().statusCode(200)
                .body(containsString("id=\"verify-result\"")).body(containsString("记录完整：5 条记录"));
    }

    @Test
    void aCaseIsShownOnlyToThoseWhoMaySeeItAndNeverAcrossTenants() {
        String t = LoopFixture.tenant();
        String id = LoopFixture.report(t, "gao.limei", "06003", G1, "占道").getString("summary.id");
        page(t, "gao.limei", "/cases/" + id).then().statusCode(200);
        page(t, "disp", "/cases/" + id).then().statusCode(200).body(containsString("id=\"register-"));
        page(t, "wu.xiuhua", "/cases/" + id).then().statusCode(404); // another grid's informant
        page(t, "li.min", "/cases/" + id).then().statusCode(404);    // a resident who did not report it
        page(t, "huanwei", "/cases/" + id).then().statusCode(404);        // a department it was not sent to
        String other = LoopFixture.tenant();
        given().redirects().follow(false).accept("text/html").auth().oauth2(LoopFixture.token(other, "disp"))
                .get("/t/" + t + "/cases/" + id).then().statusCode(404);
        // the same id under the other tenant's own address is not there either
        page(other, "disp", "/cases/" + id).then().statusCode(404);
        Response form = page(other, "disp", "/report");
        LoopFixture.postForm(other, "disp", form, id, Map.of("action", "register")).then().statusCode(404);
        assertEquals("reported", LoopFixture.state(t, id), "the other tenant's dispatcher changed nothing");
        page(t, "disp", "/cases/not-a-uuid").then().statusCode(404);
    }

    @Test
    void aMoveThatIsRefusedComesBackAsThePageWithWhatToFix() {
        String t = LoopFixture.tenant();
        String id = LoopFixture.report(t, "gao.limei", "06003", G1, "占道").getString("summary.id");
        Response p = page(t, "disp", "/cases/" + id);
        LoopFixture.postForm(t, "disp", p, id, Map.of("action", "reject", "version", LoopFixture.version(t, id))).then().statusCode(422)
                .body(containsString("id=\"case-errors\"")).body(containsString("Give a reason"));
        LoopFixture.postForm(t, "disp", p, id, Map.of("action", "register", "version", "99")).then().statusCode(409)
                .body(containsString("changed since you loaded it"));
        LoopFixture.postForm(t, "disp", p, id, Map.of("action", "fly", "version", LoopFixture.version(t, id))).then().statusCode(422);
        LoopFixture.postForm(t, "disp", p, id, Map.of("action", "register", "version", "x")).then().statusCode(422);
        LoopFixture.postForm(t, "disp", p, id, Map.of("action", "reject", "note", "x".repeat(2001))).then().statusCode(422)
                .body(containsString("at most 2000 characters"));
        assertEquals("reported", LoopFixture.state(t, id));
        // without the CSRF token nothing moves
        given().redirects().follow(false).accept("text/html").cookie("gridx_token", LoopFixture.token(t, "disp"))
                .contentType("application/x-www-form-urlencoded").formParam("action", "register")
                .post("/t/" + t + "/cases/" + id + "/actions").then().statusCode(400);
        // a safe return address only: another site falls back to the case page
        Response ok = LoopFixture.postForm(t, "disp", p, id, Map.of("action", "register", "version", LoopFixture.version(t, id),
                "back", "https://evil.example/x"));
        ok.then().statusCode(303);
        assertTrue(ok.header("Location").contains("/t/" + t + "/cases/" + id + "?done=register"), ok.header("Location"));
        assertEquals("registered", LoopFixture.state(t, id));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND action = 'register'", t));
    }
}
