package org.gridx.app.casework;

import static io.restassured.RestAssured.given;
import static org.gridx.app.casework.LoopFixture.G1;
import static org.gridx.app.casework.LoopFixture.G2;
import static org.gridx.app.casework.LoopFixture.page;
import static org.gridx.app.casework.LoopFixture.pageEn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.junit.jupiter.api.Test;

/** The report page (phone, offline-capable) and a reporter's own reports with the rating form. */
@QuarkusTest
class ReportPagesTest {

    @Test
    void theReportPageOffersTheListInForceGroupedAndTheWorkersOwnGrids() {
        String t = LoopFixture.tenant();
        page(t, "gao.limei", "/report").then().statusCode(200)
                .body(containsString("<h1>上报问题</h1>"))
                .body(containsString("name=\"viewport\""))
                .body(containsString("value=\"06003\""))
                .body(containsString("违章接坡"))
                .body(containsString("部件 · 01 市政公用设施"))
                .body(containsString("capture=\"environment\""))
                .body(containsString("accept=\"image/*\""))
                .body(containsString("<option value=\"" + G1 + "\">"))
                .body(not(containsString("<option value=\"" + G2 + "\">")))
                .body(containsString("id=\"queue-status\" role=\"status\" aria-live=\"polite\""))
                .body(containsString("data-tenant=\"" + t + "\""))
                .body(containsString("/static/report.js"));
        pageEn(t, "gao.limei", "/report").then().statusCode(200)
                .body(containsString("<h1>Report a problem</h1>")).body(containsString("Illegal ramp"))
                .body(containsString("Reports waiting to be sent"));
        // residents report from anywhere in the street: every grid is offered
        page(t, "li.min", "/report").then().statusCode(200).body(containsString("<option value=\"" + G2 + "\">"));
    }

    @Test
    void onlyReportersOpenTheReportPageAndOnlyInTheirOwnTenant() {
        String t = LoopFixture.tenant();
        page(t, "chengguan", "/report").then().statusCode(403);
        given().redirects().follow(false).accept("text/html").get("/t/" + t + "/report").then().statusCode(303)
                .header("Location", containsString("/t/" + t + "/login"));
        String other = LoopFixture.tenant();
        given().redirects().follow(false).accept("text/html").cookie("gridx_token", LoopFixture.token(other, "gao.limei"))
                .get("/t/" + t + "/report").then().statusCode(303); // a foreign session is no session here
        given().redirects().follow(false).accept("text/html").auth().oauth2(LoopFixture.token(other, "gao.limei"))
                .get("/t/" + t + "/report").then().statusCode(404);
        // the script's session check: 204 signed in, 401 (not a login page) otherwise
        given().cookie("gridx_token", LoopFixture.token(t, "gao.limei")).get("/t/" + t + "/report/session").then().statusCode(204);
        given().get("/t/" + t + "/report/session").then().statusCode(401);
    }

    @Test
    void aStreetWithoutAPublishedListSaysSoInsteadOfAnEmptyForm() {
        String t = Codes.tenant("cwnl");
        TenantFixtures.create(TenantFixtures.minimal(t, "informant"));
        page(t, "informant", "/report").then().statusCode(200).body(containsString("id=\"no-list\""))
                .body(not(containsString("id=\"report-form\"")));
    }

    @Test
    void theServiceWorkerMayServeTheReportPage() {
        given().get("/static/report-sw.js").then().statusCode(200).header("Service-Worker-Allowed", "/t/")
                .body(containsString("caches"));
        given().get("/static/report.js").then().statusCode(200).body(containsString("Idempotency-Key"));
    }

    @Test
    void myReportsShowsStatusAndAClosedCaseTakesTheReportersRating() {
        String t = LoopFixture.tenant();
        String id = LoopFixture.report(t, "li.min", "06003", G1, "人行道被占用做接坡").getString("summary.id");
        String number = AdminSql.query("SELECT number FROM case_file WHERE tenant_id = ? AND id = ?::uuid", t, id).get(0)
                .get("number").toString();
        page(t, "li.min", "/my-reports").then().statusCode(200).body(containsString(number))
                .body(containsString("已上报")).body(not(containsString("name=\"rating\"")));
        page(t, "gao.limei", "/my-reports").then().statusCode(200).body(containsString("id=\"no-reports\""));

        LoopFixture.act(t, "disp", id, Map.of("action", "register"));
        LoopFixture.act(t, "disp", id, Map.of("action", "dispatch"));
        LoopFixture.act(t, "chengguan", id, Map.of("action", "accept"));
        LoopFixture.act(t, "chengguan", id, Map.of("action", "handle", "note", "已拆除", "photos",
                List.of(LoopFixture.upload(t, "chengguan", LoopFixture.photo(java.awt.Color.BLUE)))));
        LoopFixture.act(t, "gao.limei", id, Map.of("action", "close", "note", "现场已恢复"));

        Response mine = page(t, "li.min", "/my-reports");
        mine.then().statusCode(200).body(containsString("已结案")).body(containsString("type=\"radio\" name=\"rating\" value=\"5\""))
                .body(containsString("很满意"));
        pageEn(t, "li.min", "/my-reports").then().body(containsString("please rate")).body(containsString("very satisfied"));
        LoopFixture.postForm(t, "li.min", mine, id, Map.of("action", "evaluate", "rating", "4", "note", "处理及时",
                "back", "/t/" + t + "/my-reports")).then().statusCode(303)
                .header("Location", containsString("/t/" + t + "/my-reports?done=evaluate&case=" + number));
        assertEquals("evaluated", LoopFixture.state(t, id));
        page(t, "li.min", "/my-reports?done=evaluate&case=" + number).then().statusCode(200)
                .body(containsString("已评价：4 星")).body(containsString("考核评价已完成"));
    }
}
