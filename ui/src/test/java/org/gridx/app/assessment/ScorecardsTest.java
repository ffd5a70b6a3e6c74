package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;
import static org.gridx.app.assessment.Street.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridx.core.clock.GridxClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Monthly scorecards over the hand-computed {@link TwoMonths}: ranks, grades, changes, scoping, exports, freezing. */
@QuarkusTest
class ScorecardsTest {

    @Inject
    GridxClock clock;
    @Inject
    Figures figures;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static JsonPath card(String t, String user, String query) {
        return get(t, user, "/assessment/scorecards?" + query).statusCode(200).extract().jsonPath();
    }

    @Test
    void ranksGradesAndChangesAgainstThePreviousMonthMatchTheHandComputedMonths() {
        String t = Street.create("sc");
        TwoMonths months = new TwoMonths(clock, t);
        figures.current(t);

        // informants, the default month (M2 is the last complete one)
        JsonPath w = card(t, ADMIN, "of=worker");
        assertEquals(months.m2.toString(), w.getString("month"));
        assertEquals(false, w.getBoolean("frozen"));
        assertEquals(List.of(WU, GAO, ZHAO), w.getList("rows.key"));
        assertEquals(List.of("valid-report-rate", "on-time-check-rate", "close-rate", "satisfaction-rate"), w.getList("indicators.code"));
        assertEquals(100.0, w.getDouble("rows[0].score"));
        assertEquals("A", w.getString("rows[0].grade"));
        assertEquals(1, w.getInt("rows[0].rank"));
        assertEquals(80.0, w.getDouble("rows[0].previousScore"));
        assertEquals(2, w.getInt("rows[0].previousRank"));
        assertEquals(20.0, w.getDouble("rows[0].pointsChange"));
        assertEquals(1, w.getInt("rows[0].rankChange"));
        assertEquals(80.0, w.getDouble("rows[1].score"));
        assertEquals("B", w.getString("rows[1].grade"));
        assertEquals(-20.0, w.getDouble("rows[1].pointsChange"));
        assertEquals(-1, w.getInt("rows[1].rankChange"));
        assertEquals(1.0, w.getDouble("rows[1].indicators[0].value"), "高丽美's one report was valid");
        assertNull(w.get("rows[2].score"), "赵敏 reported nothing in M2");
        assertNull(w.get("rows[2].rank"));

        // M1: 赵敏's report was rejected: valid-report rate 0 of 1, nothing to score
        JsonPath w1 = card(t, ADMIN, "of=worker&month=" + months.m1);
        assertEquals(List.of(GAO, WU, ZHAO), w1.getList("rows.key"));
        assertEquals(0.0, w1.getDouble("rows[2].indicators[0].value"));
        assertEquals(1, w1.getInt("rows[2].indicators[0].denominator"));
        assertNull(w1.get("rows[2].grade"));

        JsonPath d = card(t, ADMIN, "of=department");
        assertEquals(List.of("public-utility-centre", "city-management"), d.getList("rows.key").subList(0, 2));
        assertEquals(List.of(1, 2), d.getList("rows.rank").subList(0, 2));
        assertEquals(List.of("A", "B"), d.getList("rows.grade").subList(0, 2));
        assertEquals(List.of("disposal-rate", "on-time-disposal-rate", "overdue-disposal-rate", "rework-rate",
                "satisfaction-rate", "postponement-rate", "average-handling-hours"), d.getList("indicators.code"));
        assertEquals(1.0, d.getDouble("rows[1].indicators[2].value"), "city management handled its one case late in M2");
        assertEquals(71.75, d.getDouble("rows[1].indicators[6].value"), 0.001, "3 days less the 15 minutes before it was accepted");

        JsonPath g = card(t, ADMIN, "of=grid");
        assertEquals(28, g.getList("rows").size());
        assertEquals(List.of(TUANJIE_2, BEIDA_2), g.getList("rows.key").subList(0, 2));
        assertEquals(List.of(1, 2), g.getList("rows.rank").subList(0, 2));
        JsonPath c = card(t, ADMIN, "of=community");
        assertEquals(List.of(TUANJIE, BEIDA), c.getList("rows.key").subList(0, 2));
        assertEquals(List.of(1, 2), c.getList("rows.rank").subList(0, 2));
        assertEquals(1, c.getInt("rows[0].rankChange"));
        assertEquals(-1, c.getInt("rows[1].rankChange"));
    }

    @Test
    void eachCallerSeesTheirPartWithStreetWideRanksAndOthersAreRefused() {
        String t = Street.create("scs");
        new TwoMonths(clock, t);
        figures.current(t);

        JsonPath chief = card(t, BEIDA_CHIEF, "of=grid");
        assertEquals(7, chief.getList("rows").size());
        assertTrue(chief.getList("rows.key", String.class).stream().allMatch(k -> k.startsWith(BEIDA)));
        assertEquals(BEIDA_2, chief.getString("rows[0].key"));
        assertEquals(2, chief.getInt("rows[0].rank"), "the street-wide rank, not the rank inside 北大");
        assertEquals(List.of(BEIDA), card(t, BEIDA_CHIEF, "of=community").getList("rows.key"));
        assertEquals(List.of(GAO), card(t, BEIDA_CHIEF, "of=worker").getList("rows.key"));
        get(t, BEIDA_CHIEF, "/assessment/scorecards?of=grid&node=" + TUANJIE).statusCode(404);

        assertEquals(List.of(GAO), card(t, GAO, "of=worker").getList("rows.key"), "an informant sees only their own row");
        assertEquals(List.of(BEIDA_2), card(t, GAO, "of=grid").getList("rows.key"));
        assertEquals(List.of("city-management"), card(t, CITY_MANAGEMENT, "of=department").getList("rows.key"));
        assertEquals(2, card(t, CITY_MANAGEMENT, "of=department").getInt("rows[0].rank"));
        get(t, CITY_MANAGEMENT, "/assessment/scorecards?of=grid").statusCode(403);
        get(t, RESIDENT, "/assessment/scorecards?of=grid").statusCode(403);
    }

    @Test
    void badInputIsRefusedWithTheFieldAndHowToFixIt() {
        String t = Street.create("scv");
        get(t, ADMIN, "/assessment/scorecards?month=2026-13").statusCode(422).body("errors[0].pointer", equalTo("month"))
                .body("errors[0].message", containsString("YYYY-MM"));
        get(t, ADMIN, "/assessment/scorecards?month=last").statusCode(422).body("errors[0].pointer", equalTo("month"));
        get(t, ADMIN, "/assessment/scorecards?month=2999-01").statusCode(422).body("errors[0].pointer", equalTo("month"));
        get(t, ADMIN, "/assessment/scorecards?of=street").statusCode(422).body("errors[0].pointer", equalTo("of"));
        get(t, ADMIN, "/assessment/scorecards?node=15x").statusCode(422).body("errors[0].pointer", equalTo("node"));
        get(t, ADMIN, "/assessment/scorecards?format=pdf").statusCode(422).body("errors[0].pointer", equalTo("format"));
        as(t, ADMIN).body(Map.of("reason", "x".repeat(501))).post("/api/t/" + t + "/assessment/scorecards/2026-01/freeze")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/reason"));
        as(t, ADMIN).body(Map.of()).post("/api/t/" + t + "/assessment/scorecards/2026-1/freeze")
                .then().statusCode(422).body("errors[0].pointer", equalTo("month"));
    }

    @Test
    void exportsCarryTheSameRowsAsTheApiInTheReadersLanguage() {
        String t = Street.create("sce");
        TwoMonths months = new TwoMonths(clock, t);
        figures.current(t);

        String csv = new String(as(t, ADMIN).get("/api/t/" + t + "/assessment/scorecards?of=worker&format=csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("scorecard-worker-" + months.m2))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.replace("\uFEFF", "").split("\r\n"));
        assertEquals("排名,名称,上报数,有效上报率 (%),按期核查率 (%),结案率 (%),满意率 (%),综合评分,等级,分数变化,名次变化", lines.get(0));
        assertEquals("1,吴秀花,1,100.0,100.0,100.0,,100.0,A,20.0,1", lines.get(1));
        assertEquals("2,高丽美,1,100.0,100.0,100.0,,80.0,B,-20.0,-1", lines.get(2));
        assertEquals(",赵敏,0,,,,,,,,", lines.get(3));
        assertEquals(4, lines.size());

        String en = new String(as(t, ADMIN).get("/api/t/" + t + "/assessment/scorecards?of=department&format=csv&lang=en").then()
                .statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertTrue(en.contains("Rank,Name,Dispatched,Disposal rate (%),On-time disposal rate (%)"), en);
        assertTrue(en.contains("1,Public Utility"), en);

        byte[] xlsx = as(t, BEIDA_CHIEF).get("/api/t/" + t + "/assessment/scorecards?of=grid&format=xlsx").then().statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats")).extract().asByteArray();
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(xlsx, 2), "an XLSX is a zip");
    }

    @Test
    void aFrozenMonthKeepsItsPublishedRowsUntilFrozenAgainWithAReason() {
        String t = Street.create("scf");
        TwoMonths months = new TwoMonths(clock, t);
        figures.current(t);
        String m1 = months.m1.toString();

        as(t, DISPATCHER).body(Map.of()).post("/api/t/" + t + "/assessment/scorecards/" + m1 + "/freeze").then().statusCode(403);
        as(t, ADMIN).body(Map.of()).post("/api/t/" + t + "/assessment/scorecards/" + months.m2.plusMonths(1) + "/freeze")
                .then().statusCode(422).body("errors[0].pointer", equalTo("month"));
        as(t, ADMIN).body(Map.of()).post("/api/t/" + t + "/assessment/scorecards/" + m1 + "/freeze").then().statusCode(200)
                .body("times", equalTo(1)).body("frozenBy", equalTo(ADMIN));
        JsonPath frozen = card(t, GAO, "of=worker&month=" + m1);
        assertEquals(true, frozen.getBoolean("frozen"));
        assertNull(frozen.get("rows[0].indicators[3].value"), "nobody had rated 高丽美's case when M1 was frozen");

        // a month later the reporter rates the old case: the M1 figures change, the published scorecard does not
        act(clock, clock.now(), t, GAO, months.gaoM1, "action", "evaluate", "rating", 5, "note", "满意");
        figures.current(t);
        assertNull(card(t, GAO, "of=worker&month=" + m1).get("rows[0].indicators[3].value"));
        assertEquals(true, card(t, ADMIN, "of=grid&month=" + m1).getBoolean("frozen"));

        as(t, ADMIN).body(Map.of()).post("/api/t/" + t + "/assessment/scorecards/" + m1 + "/freeze").then().statusCode(422)
                .body("errors[0].pointer", equalTo("reason"));
        as(t, ADMIN).body(Map.of("reason", "补录高丽美案卷的评价")).post("/api/t/" + t + "/assessment/scorecards/" + m1 + "/freeze")
                .then().statusCode(200).body("times", equalTo(2)).body("reason", equalTo("补录高丽美案卷的评价"));
        JsonPath again = card(t, GAO, "of=worker&month=" + m1);
        assertEquals(1.0, again.getDouble("rows[0].indicators[3].value"));
        assertEquals("补录高丽美案卷的评价", again.getString("freezeReason"));
        assertEquals(2, again.getInt("freezeCount"));
        assertEquals(100.0, again.getDouble("rows[0].score"));
        get(t, ADMIN, "/assessment/scorecards/" + m1 + "/freeze").statusCode(200).body("", hasSize(2))
                .body("reason", contains(nullValue(), equalTo("补录高丽美案卷的评价"))).body("frozenBy", everyItem(equalTo(ADMIN)));
        assertEquals(false, card(t, ADMIN, "of=worker").getBoolean("frozen"), "M2 was never frozen");
    }

    @Test
    void anotherTenantCanNeitherReadNorFreezeThisTenantsScorecards() {
        String a = Street.create("sca");
        String b = Street.create("scb");
        String m = Street.firstMonth().minusMonths(3).toString();
        given().auth().oauth2(token(b, ADMIN)).get("/api/t/" + a + "/assessment/scorecards").then().statusCode(404);
        given().auth().oauth2(token(b, ADMIN)).contentType("application/json").body(Map.of())
                .post("/api/t/" + a + "/assessment/scorecards/" + m + "/freeze").then().statusCode(404);
        given().auth().oauth2(token(b, ADMIN)).get("/api/t/" + a + "/assessment/scorecards/" + m + "/freeze").then().statusCode(404);
        given().auth().oauth2(token(b, ADMIN)).get("/t/" + a + "/assessment/scorecards").then().statusCode(404);
        as(a, ADMIN).body(Map.of()).post("/api/t/" + a + "/assessment/scorecards/" + m + "/freeze").then().statusCode(200);
        assertEquals(true, card(a, ADMIN, "month=" + m).getBoolean("frozen"));
        assertEquals(false, card(b, ADMIN, "month=" + m).getBoolean("frozen"), "A's freeze is A's alone");
        get(b, ADMIN, "/assessment/scorecards/" + m + "/freeze").statusCode(200).body("", hasSize(0));
    }
}
