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
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.awt.Color;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The grid worker's task list, the dispatcher console and the department inbox, each for its own role. */
@QuarkusTest
class WorkPagesTest {

    private static String number(String tenant, String id) {
        return AdminSql.query("SELECT number FROM case_file WHERE tenant_id = ? AND id = ?::uuid", tenant, id).get(0)
                .get("number").toString();
    }

    @Test
    void theDispatcherRegistersAndDispatchesToTheSuggestedDepartmentInOneClick() {
        String t = LoopFixture.tenant();
        String id = LoopFixture.report(t, "gao.limei", "06003", G1, "门店违章接坡").getString("summary.id");
        String n = number(t, id);
        Response console = page(t, "disp", "/dispatch");
        console.then().statusCode(200).body(containsString("<h1>指挥调度台</h1>"))
                .body(containsString("id=\"reported-" + n + "\"")).body(containsString("清单建议：<strong class=\"suggested\">城管</strong>"))
                .body(containsString("id=\"register-" + n + "\"")).body(containsString("id=\"reject-" + n + "\""))
                .body(containsString("id=\"case-map\"")).body(containsString("data-stream=\"/api/t/" + t + "/live\""));
        pageEn(t, "disp", "/dispatch").then().statusCode(200).body(containsString("Dispatch console"))
                .body(containsString("To verify and register")).body(containsString("List suggests"));
        LoopFixture.postForm(t, "disp", console, id, Map.of("action", "register", "version", LoopFixture.version(t, id),
                "back", "/t/" + t + "/dispatch")).then().statusCode(303)
                .header("Location", containsString("/t/" + t + "/dispatch?done=register&case=" + n));

        Response after = page(t, "disp", "/dispatch?done=register&case=" + n);
        after.then().statusCode(200).body(containsString("案卷 " + n + "：核实立案已完成"))
                .body(containsString("id=\"registered-" + n + "\"")).body(containsString("id=\"dispatch-" + n + "\""))
                .body(containsString("派遣到城管")).body(containsString("id=\"dispatch-other-" + n + "\""));
        LoopFixture.postForm(t, "disp", after, id, Map.of("action", "dispatch", "version", LoopFixture.version(t, id),
                "back", "/t/" + t + "/dispatch")).then().statusCode(303);
        JsonPath v = LoopFixture.api(t, "disp").get("/api/t/" + t + "/cases/" + id).then().extract().jsonPath();
        assertEquals("dispatched", v.getString("summary.state"));
        assertEquals("city-management", v.getString("summary.leadDepartment"));

        page(t, "gao.limei", "/dispatch").then().statusCode(403);
        page(t, "chengguan", "/dispatch").then().statusCode(403);
        String other = LoopFixture.tenant();
        given().redirects().follow(false).accept("text/html").auth().oauth2(LoopFixture.token(other, "disp"))
                .get("/t/" + t + "/dispatch").then().statusCode(404);
        page(other, "disp", "/dispatch").then().statusCode(200).body(not(containsString(n)));
    }

    @Test
    void anotherDepartmentNeedsAReasonAndAReturnedCaseWaitsInItsOwnQueue() {
        String t = LoopFixture.tenant();
        String id = LoopFixture.report(t, "gao.limei", "06003", G1, "接坡").getString("summary.id");
        String n = number(t, id);
        LoopFixture.act(t, "disp", id, Map.of("action", "register"));
        Response console = page(t, "disp", "/dispatch");
        LoopFixture.postForm(t, "disp", console, id, Map.of("action", "dispatch", "department", "sanitation",
                "back", "/t/" + t + "/dispatch")).then().statusCode(422).body(containsString("Give a reason"));
        LoopFixture.postForm(t, "disp", console, id, Map.of("action", "dispatch", "department", "sanitation",
                "note", "现场为环卫设施", "back", "/t/" + t + "/dispatch")).then().statusCode(303);
        Response inbox = page(t, "huanwei", "/inbox");
        inbox.then().statusCode(200).body(containsString("id=\"case-" + n + "\"")).body(containsString("id=\"return-" + n + "\""));
        LoopFixture.postForm(t, "huanwei", inbox, id, Map.of("action", "return", "note", "不属环卫职责",
                "back", "/t/" + t + "/inbox")).then().statusCode(303);
        page(t, "disp", "/dispatch").then().statusCode(200).body(containsString("id=\"returned-" + n + "\""))
                .body(containsString("已退回 1 次"));
    }

    @Test
    void theDepartmentAcceptsAndFeedsBackWithPhotosFromItsInbox() {
        String t = LoopFixture.tenant();
        String id = LoopFixture.report(t, "gao.limei", "06003", G1, "违章接坡").getString("summary.id");
        String n = number(t, id);
        LoopFixture.act(t, "disp", id, Map.of("action", "register"));
        LoopFixture.act(t, "disp", id, Map.of("action", "dispatch"));

        Response inbox = page(t, "chengguan", "/inbox");
        inbox.then().statusCode(200).body(containsString("<h1>部门待办 · 城管</h1>"))
                .body(containsString("id=\"accept-" + n + "\"")).body(containsString("id=\"live-status\""));
        page(t, "huanwei", "/inbox").then().statusCode(200).body(not(containsString(n)));
        LoopFixture.postForm(t, "chengguan", inbox, id, Map.of("action", "accept", "back", "/t/" + t + "/inbox")).then().statusCode(303);

        Response accepted = page(t, "chengguan", "/inbox");
        accepted.then().statusCode(200).body(containsString("id=\"handle-" + n + "\""))
                .body(containsString("enctype=\"multipart/form-data\"")).body(containsString("name=\"photos\""))
                .body(containsString("id=\"request-postponement-" + n + "\""));
        // a problem is fed back with at least one photo
        LoopFixture.postMultipart(t, "chengguan", accepted, id, Map.of("action", "handle", "note", "已拆除",
                "back", "/t/" + t + "/inbox"), "photos").then().statusCode(422).body(containsString("at least one photo"));
        LoopFixture.postMultipart(t, "chengguan", accepted, id, Map.of("action", "handle", "note", "已拆除，恢复原状",
                "back", "/t/" + t + "/inbox"), "photos", LoopFixture.photo(Color.RED), LoopFixture.photo(Color.ORANGE))
                .then().statusCode(303).header("Location", containsString("/t/" + t + "/inbox?done=handle"));
        assertEquals("handled", LoopFixture.state(t, id));
        assertEquals(2L, AdminSql.count("SELECT count(*) FROM case_photo WHERE tenant_id = ? AND case_id = ?::uuid", t, id));
        pageEn(t, "chengguan", "/inbox").then().statusCode(200).body(containsString("Department inbox")).body(containsString("To accept"));

        page(t, "gao.limei", "/inbox").then().statusCode(403);
        page(t, "disp", "/inbox").then().statusCode(403);
        String other = LoopFixture.tenant();
        given().redirects().follow(false).accept("text/html").auth().oauth2(LoopFixture.token(other, "chengguan"))
                .get("/t/" + t + "/inbox").then().statusCode(404);
    }

    @Test
    void theGridWorkerChecksHandledCasesOfTheirGridAndClosesOne() {
        String t = LoopFixture.tenant();
        String id = LoopFixture.handledCase(t, "违章接坡已拆");
        String n = number(t, id);
        String mine = LoopFixture.report(t, "gao.limei", "01004", G1, "雨水箅子缺失").getString("summary.id");

        Response tasks = page(t, "gao.limei", "/tasks");
        tasks.then().statusCode(200).body(containsString("<h1>待核查任务</h1>"))
                .body(containsString("id=\"case-" + n + "\"")).body(containsString("id=\"close-" + n + "\""))
                .body(containsString("id=\"rework-" + n + "\"")).body(containsString("id=\"mine-" + number(t, mine) + "\""));
        page(t, "wu.xiuhua", "/tasks").then().statusCode(200).body(not(containsString("id=\"case-" + n + "\"")));
        pageEn(t, "gao.limei", "/tasks").then().statusCode(200).body(containsString("To check (handled by the department)"));
        LoopFixture.postForm(t, "gao.limei", tasks, id, Map.of("action", "rework", "back", "/t/" + t + "/tasks"))
                .then().statusCode(422);
        LoopFixture.postForm(t, "gao.limei", tasks, id, Map.of("action", "close", "note", "现场核实已拆除",
                "back", "/t/" + t + "/tasks")).then().statusCode(303)
                .header("Location", containsString("/t/" + t + "/tasks?done=close&case=" + n));
        assertEquals("closed", LoopFixture.state(t, id));
        page(t, "gao.limei", "/tasks").then().statusCode(200).body(not(containsString("id=\"case-" + n + "\"")));

        page(t, "disp", "/tasks").then().statusCode(403);
        page(t, "li.min", "/tasks").then().statusCode(403);
        String other = LoopFixture.tenant();
        given().redirects().follow(false).accept("text/html").auth().oauth2(LoopFixture.token(other, "gao.limei"))
                .get("/t/" + t + "/tasks").then().statusCode(404);
    }

    @Test
    void eachRolesMenuLeadsToItsLoopPages() {
        String t = LoopFixture.tenant();
        String base = "href=\"/t/" + t + "/";
        page(t, "gao.limei", "/my-reports").then().statusCode(200).body(containsString(base + "report\""))
                .body(containsString(base + "tasks\"")).body(containsString(base + "my-reports\""))
                .body(not(containsString(base + "dispatch\"")));
        page(t, "disp", "/my-reports").then().body(containsString(base + "dispatch\"")).body(not(containsString(base + "tasks\"")));
        page(t, "chengguan", "/my-reports").then().body(containsString(base + "inbox\"")).body(not(containsString(base + "report\"")));
        page(t, "li.min", "/my-reports").then().body(containsString(base + "report\"")).body(not(containsString(base + "inbox\"")));
        given().redirects().follow(false).accept("text/html").auth().oauth2(LoopFixture.token(t, "wu.xiuhua"))
                .get("/t/" + t + "/report").then().statusCode(200).body(containsString(G2));
    }
}
