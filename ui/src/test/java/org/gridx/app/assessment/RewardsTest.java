package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;
import static org.gridx.app.assessment.Street.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.core.clock.GridxClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Informants' rewards over {@link TwoMonths} with rules base 200, valid report 5, on-time check 2, grade A 100,
 * grade B 50, rejected report −3, cap 300 (yuan). M1 by hand: 高丽美 1 valid, 1 on-time check, A:
 * 200 + 5 + 2 + 100 = 307 → capped 300; 吴秀花 1, 1, B: 200 + 5 + 2 + 50 = 257; 赵敏 1 rejected, no grade: 200 − 3 = 197.
 */
@QuarkusTest
class RewardsTest {

    static final Map<String, Object> RULES = Map.of("baseAmount", 200, "perValidReport", 5, "perOnTimeCheck", 2,
            "bonusGradeA", 100, "bonusGradeB", 50, "perRejectedReport", 3, "monthlyCap", 300);

    @Inject
    GridxClock clock;
    @Inject
    Figures figures;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static JsonPath rewards(String t, String user, String month) {
        return get(t, user, "/assessment/rewards?month=" + month).statusCode(200).extract().jsonPath();
    }

    @Test
    void eachInformantsRewardIsComputedLineByLineFromTheMonthAndTheRules() {
        String t = Street.create("rw");
        TwoMonths months = new TwoMonths(clock, t);
        figures.current(t);
        get(t, ADMIN, "/assessment/reward-rules").statusCode(200).body("configured", equalTo(false));
        as(t, ADMIN).body(RULES).put("/api/t/" + t + "/assessment/reward-rules").then().statusCode(200)
                .body("configured", equalTo(true)).body("updatedBy", equalTo(ADMIN));

        JsonPath r = rewards(t, ADMIN, months.m1.toString());
        assertEquals(List.of(GAO, WU, ZHAO), r.getList("rewards.username"));
        assertEquals(List.of(300.0, 257.0, 197.0), r.getList("rewards.total", Double.class));
        assertEquals(List.of(307.0, 257.0, 197.0), r.getList("rewards.subtotal", Double.class));
        assertEquals(List.of(true, false, false), r.getList("rewards.capped"));
        assertEquals(List.of("base", "valid-reports", "on-time-checks", "grade-bonus", "rejected-reports"),
                r.getList("rewards[0].lines.code"));
        assertEquals(List.of(1, 1, 1, 1, 0), r.getList("rewards[0].lines.quantity"));
        assertEquals(List.of(200.0, 5.0, 2.0, 100.0, 0.0), r.getList("rewards[0].lines.amount", Double.class));
        assertEquals(List.of(200.0, 0.0, 0.0, 0.0, -3.0), r.getList("rewards[2].lines.amount", Double.class));
        assertEquals(-3.0, r.getDouble("rewards[2].lines[4].unit"));
        assertEquals("B", r.getString("rewards[1].grade"));

        // M2: 高丽美 B 257, 吴秀花 A 307 → 300
        JsonPath r2 = rewards(t, ADMIN, months.m2.toString());
        assertEquals(List.of(WU, GAO, ZHAO), r2.getList("rewards.username"));
        assertEquals(List.of(300.0, 257.0, 200.0), r2.getList("rewards.total", Double.class));

        // an informant sees only their own reward; the 北大 chief only 北大's informants
        assertEquals(List.of(GAO), rewards(t, GAO, months.m1.toString()).getList("rewards.username"));
        assertEquals(List.of(GAO), rewards(t, BEIDA_CHIEF, months.m1.toString()).getList("rewards.username"));
        get(t, GAO, "/assessment/reward-rules").statusCode(200).body("baseAmount", equalTo(200.0f));
        get(t, CITY_MANAGEMENT, "/assessment/rewards").statusCode(403);
        get(t, RESIDENT, "/assessment/rewards").statusCode(403);
        get(t, RESIDENT, "/assessment/reward-rules").statusCode(403);
        as(t, GAO).body(RULES).put("/api/t/" + t + "/assessment/reward-rules").then().statusCode(403);
        as(t, DISPATCHER).body(RULES).put("/api/t/" + t + "/assessment/reward-rules").then().statusCode(403);

        String csv = new String(as(t, ADMIN).get("/api/t/" + t + "/assessment/rewards?format=csv&month=" + months.m1).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.replace("\uFEFF", "").split("\r\n"));
        assertEquals("信息员,账号,排名,等级,基本报酬（数）,基本报酬（元）,有效上报（数）,有效上报（元）,按期核查（数）,按期核查（元）,"
                + "等级奖励（数）,等级奖励（元）,不予立案（数）,不予立案（元）,小计（元）,合计（元）", lines.get(0));
        assertEquals("高丽美,gao.limei,1,A,1,200.00,1,5.00,1,2.00,1,100.00,0,0.00,307.00,300.00", lines.get(1));
        assertEquals("赵敏,zhao.min,,,1,200.00,0,0.00,0,0.00,0,0.00,1,-3.00,197.00,197.00", lines.get(3));
        String own = new String(as(t, GAO).get("/api/t/" + t + "/assessment/rewards?format=csv&month=" + months.m1).then().statusCode(200)
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertEquals(2, own.split("\r\n").length, "the informant's export holds their own row only");
        as(t, ADMIN).get("/api/t/" + t + "/assessment/rewards?format=xlsx&month=" + months.m1).then().statusCode(200)
                .contentType(containsString("spreadsheetml"));
    }

    @Test
    void rulesOutsideTheBoundsAreRefusedWithTheField() {
        String t = Street.create("rwv");
        put(t, with("baseAmount", -1)).statusCode(422).body("errors.pointer", hasItem("/baseAmount"));
        put(t, with("perValidReport", 1.234)).statusCode(422).body("errors.pointer", hasItem("/perValidReport"))
                .body("errors.message", hasItem(containsString("2 decimals")));
        put(t, with("monthlyCap", 100000.01)).statusCode(422).body("errors.pointer", hasItem("/monthlyCap"));
        Map<String, Object> missing = new HashMap<>(RULES);
        missing.remove("bonusGradeA");
        put(t, missing).statusCode(422).body("errors.pointer", hasItem("/bonusGradeA"));
        put(t, with("perOnTimeCheck", "two")).statusCode(400).body("errors[0].pointer", equalTo("/perOnTimeCheck"));
        get(t, ADMIN, "/assessment/reward-rules").statusCode(200).body("configured", equalTo(false));
        get(t, ADMIN, "/assessment/rewards?month=2026-00").statusCode(422).body("errors[0].pointer", equalTo("month"));
        Map<String, Object> noCap = new HashMap<>(RULES);
        noCap.remove("monthlyCap");
        put(t, noCap).statusCode(200).body("monthlyCap", equalTo(null)).body("perValidReport", equalTo(5.0f));
    }

    @Test
    void anotherTenantCanNeitherReadNorChangeThisTenantsRulesOrRewards() {
        String a = Street.create("rwa");
        String b = Street.create("rwb");
        as(a, ADMIN).body(RULES).put("/api/t/" + a + "/assessment/reward-rules").then().statusCode(200);
        given().auth().oauth2(token(b, ADMIN)).get("/api/t/" + a + "/assessment/reward-rules").then().statusCode(404);
        given().auth().oauth2(token(b, ADMIN)).contentType("application/json").body(RULES)
                .put("/api/t/" + a + "/assessment/reward-rules").then().statusCode(404);
        given().auth().oauth2(token(b, ADMIN)).get("/api/t/" + a + "/assessment/rewards").then().statusCode(404);
        get(b, ADMIN, "/assessment/reward-rules").statusCode(200).body("configured", equalTo(false));
        get(a, ADMIN, "/assessment/reward-rules").statusCode(200).body("configured", equalTo(true));
        assertTrue(get(b, ADMIN, "/assessment/rewards").extract().jsonPath().getList("rewards.total", Double.class)
                .stream().allMatch(x -> x == 0.0), "B's rewards use B's (unset) rules");
    }

    private static io.restassured.response.ValidatableResponse put(String t, Map<String, Object> body) {
        return as(t, ADMIN).body(body).put("/api/t/" + t + "/assessment/reward-rules").then();
    }

    private static Map<String, Object> with(String k, Object v) {
        Map<String, Object> m = new HashMap<>(RULES);
        m.put(k, v);
        return m;
    }
}
