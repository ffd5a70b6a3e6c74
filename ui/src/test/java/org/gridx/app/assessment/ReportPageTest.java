package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;
import static org.gridx.app.assessment.Street.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.core.assessment.indicator.Indicator;
import org.gridx.core.clock.GridxClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The printable monthly report and the scorecards page, in Chinese and English, over {@link TwoMonths}. */
@QuarkusTest
class ReportPageTest {

    @Inject
    GridxClock clock;
    @Inject
    Figures figures;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String html(String t, String user, String path, String lang) {
        Response r = page(t, user, path, lang);
        assertEquals(200, r.statusCode(), r.asString());
        return r.asString();
    }

    /** The text of the element with {@code id} (a cell or figure without markup inside). */
    private static String byId(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<").matcher(html);
        assertTrue(m.find(), "no element " + id);
        return m.group(1).strip();
    }

    @Test
    void theMonthlyReportPrintsTheMonthsFiguresScorecardsGradesAndFormulasInBothLanguages() {
        String t = Street.create("rep");
        TwoMonths months = new TwoMonths(clock, t);
        figures.current(t);
        String path = "/assessment/report?month=" + months.m2;

        String zh = html(t, ADMIN, path, "zh-CN");
        assertTrue(zh.contains("<html lang=\"zh-CN\">"));
        assertTrue(zh.contains(months.m2 + " 月度考核通报"));
        assertFalse(zh.contains("<nav"), "a print page has no menu");
        assertTrue(zh.contains("/static/assessment.css"));
        assertEquals("2", byId(zh, "figure-events"));
        assertEquals("100.0%", byId(zh, "figure-disposal"));
        assertTrue(zh.matches("(?s).*id=\"trend-events\"><th scope=\"row\">上报事件</th><td>2</td><td>3</td><td>-1</td>.*"), zh);
        // grades of the informants: 1 A, 1 B, 0 C/D/E, 1 without a grade; average (100 + 80) / 2
        assertTrue(zh.matches("(?s).*id=\"grades-worker\"><th scope=\"row\">网格信息员</th><td>1</td><td>1</td><td>0</td><td>0</td>"
                + "<td>0</td><td>1</td><td>90.0</td>.*"), zh);
        String workersTop = zh.substring(zh.indexOf("id=\"worker-top\""), zh.indexOf("id=\"worker-bottom\""));
        assertTrue(workersTop.indexOf("吴秀花") < workersTop.indexOf("高丽美") && workersTop.indexOf("吴秀花") > 0, workersTop);
        assertFalse(workersTop.contains("赵敏"), "the top five are ranked rows only");
        assertTrue(workersTop.contains("A · 优秀") && workersTop.contains("B · 良好"));
        assertTrue(zh.contains("id=\"department-full\"") && zh.contains("id=\"community-full\"") && zh.contains("id=\"grid-full\""));
        assertTrue(zh.contains(Indicator.DISPOSAL_RATE.formula().zh()));
        assertTrue(zh.contains(Indicator.VALID_REPORT_RATE.formula().zh()));
        assertTrue(byId(zh, "score-formula").contains("处置率 30"), zh);

        String en = html(t, ADMIN, path, "en");
        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(en.contains("Monthly assessment report " + months.m2));
        assertTrue(en.contains("A · excellent") && en.contains("B · good"));
        assertTrue(en.contains(Indicator.DISPOSAL_RATE.formula().en()));
        assertTrue(en.contains("Events reported"));
        assertEquals("2", byId(en, "figure-events"));

        // the 北大 chief's report is 北大's: one case in M2, handled
        String chief = html(t, BEIDA_CHIEF, path, "zh-CN");
        assertEquals("1", byId(chief, "figure-events"));
        assertFalse(chief.contains("吴秀花"));

        String css = given().get("/static/assessment.css").then().statusCode(200).extract().asString();
        assertTrue(css.contains("@page { size: A4") && css.contains("break-before: page") && css.contains(".no-print { display: none"));

        assertEquals(403, page(t, GAO, path, "zh-CN").statusCode());
        assertEquals(403, page(t, RESIDENT, path, "zh-CN").statusCode());
        String other = Street.create("repo");
        // another tenant's session is not signed in here (sent to sign in), and its bearer token finds no such tenant
        Response foreign = given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(other, ADMIN))
                .get("/t/" + t + path);
        assertTrue(foreign.statusCode() != 200 && !foreign.asString().contains("吴秀花"), foreign.asString());
        assertEquals(404, given().redirects().follow(false).accept("text/html").auth().oauth2(token(other, ADMIN))
                .get("/t/" + t + path).statusCode());
        assertEquals(422, page(t, ADMIN, "/assessment/report?month=13-2026", "zh-CN").statusCode());
    }

    /** Posts the freeze form of {@code page} with its CSRF token and cookie, as the browser would. */
    private static Response freeze(String t, Response page, String month, String reason) {
        Matcher csrf = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page.asString());
        assertTrue(csrf.find(), "the page carries a CSRF token");
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token(t, ADMIN))
                .cookie("gridx_csrf", page.getCookie("gridx_csrf")).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", csrf.group(1)).formParam("reason", reason).formParam("of", "grid")
                .post("/t/" + t + "/assessment/scorecards/" + month + "/freeze");
    }

    @Test
    void theScorecardsPageShowsRanksWithGradeNamesAndAnInformantTheirOwnRewardComputation() {
        String t = Street.create("scp");
        TwoMonths months = new TwoMonths(clock, t);
        figures.current(t);

        String zh = html(t, ADMIN, "/assessment/scorecards?of=worker", "zh-CN");
        assertTrue(zh.contains("value=\"" + months.m2 + "\""), "the picker shows the default month");
        assertTrue(zh.contains("id=\"tab-worker\" aria-current=\"page\""));
        assertTrue(zh.contains("<span class=\"grade grade-A\">A · 优秀</span>"));
        assertTrue(zh.indexOf("吴秀花") < zh.indexOf("高丽美"));
        assertTrue(zh.contains("id=\"live-note\""));
        assertTrue(zh.contains("/api/t/" + t + "/assessment/scorecards?month=" + months.m2 + "&amp;of=worker&amp;format=csv"));

        String en = html(t, ADMIN, "/assessment/scorecards?of=department&month=" + months.m1, "en");
        assertTrue(en.contains("<span class=\"grade grade-A\">A · excellent</span>"));
        assertTrue(en.contains("City Management") || en.contains("City management"), en);

        as(t, ADMIN).body(RewardsTest.RULES).put("/api/t/" + t + "/assessment/reward-rules").then().statusCode(200);
        String mine = html(t, GAO, "/assessment/scorecards?of=rewards&month=" + months.m1, "zh-CN");
        assertTrue(mine.contains("有效上报：1 × 5.00 元 = 5.00 元"), mine);
        assertTrue(mine.contains("小计 307.00 元；合计 300.00 元（已按每月上限封顶）"), mine);
        assertFalse(mine.contains("吴秀花"), "an informant sees only their own reward");
        String mineEn = html(t, GAO, "/assessment/scorecards?of=rewards&month=" + months.m1, "en");
        assertTrue(mineEn.contains("Valid reports: 1 × 5.00 yuan = 5.00 yuan"), mineEn);

        // the administrator freezes M1 from the page; freezing again without a reason is refused next to the form
        Response before = page(t, ADMIN, "/assessment/scorecards?of=grid&month=" + months.m1, "zh-CN");
        assertTrue(before.asString().contains("id=\"freeze-form\"") && before.asString().contains("id=\"live-note\""));
        assertEquals(303, freeze(t, before, months.m1.toString(), "").statusCode());
        Response after = page(t, ADMIN, "/assessment/scorecards?of=grid&month=" + months.m1, "zh-CN");
        assertTrue(after.asString().contains("id=\"frozen-note\""), after.asString());
        Response refused = freeze(t, after, months.m1.toString(), "");
        assertEquals(422, refused.statusCode());
        assertTrue(refused.asString().contains("本月已冻结：再次冻结请填写原因。"));
        assertEquals(303, freeze(t, after, months.m1.toString(), "更正案卷后重新发布").statusCode());
        assertTrue(html(t, ADMIN, "/assessment/scorecards?of=grid&month=" + months.m1, "zh-CN").contains("发布原因：更正案卷后重新发布"));
        assertFalse(html(t, ADMIN, "/assessment/scorecards?of=grid&month=" + months.m2.plusMonths(1), "zh-CN")
                .contains("id=\"freeze-form\""), "a month that has not ended cannot be frozen");
        assertFalse(html(t, GAO, "/assessment/scorecards?of=grid&month=" + months.m1, "zh-CN").contains("id=\"freeze-form\""));

        assertEquals(403, page(t, RESIDENT, "/assessment/scorecards", "zh-CN").statusCode());
        String handler = html(t, CITY_MANAGEMENT, "/assessment/scorecards", "zh-CN");
        assertTrue(handler.contains("id=\"tab-department\" aria-current=\"page\"") && !handler.contains("id=\"tab-grid\""));
    }
}
