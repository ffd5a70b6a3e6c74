package org.gridx.app.assessment;

import static org.gridx.app.assessment.AssessmentStreet.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.timer.service.TimerSweep;
import org.junit.jupiter.api.Test;

/**
 * Every indicator of the street and of each grid against numbers worked out by hand from the nine cases of
 * {@link IndicatorScenario}. Per case, what it adds (1 unless a number is given):
 * <pre>
 *     REP VER VOT VALID REG REJ MRG SPOT DISP DOT RET ACC HND HOT LATE CHK CHKOT CLS CLSOT RWK PST ESC OVP RATED SAT HANDLE_s
 *  A   1   1   1   1    1                1    1       1   1   1        1   1     1   1                      1     1   3600
 *  B   1   1   0   1    1                1    1   1   1   1   1        1   1     1   0 (verify late)        1     0   1200
 *  C   1   1   1            1
 *  D   1   1   1   1                1                                            1   1
 *  E   1   1   1   1    1                1    1       1   1   1        1   1     1   1       1                      900
 *  F   1   1   1   1    1                1    1       1   1   1        2   2     1   1   1                         1800 (10+20 min)
 *  G   1   1   1   1    1                1    1       1   1   1        1   1     1   1           1                  360
 *  H   1   1   1                1
 *  I   1   1   1   1    1                1    1                                                     1 (dispatched, past the accept limit)
 * (I is also escalated by the sweep when its limit passes: ESC counts G and I.)
 * </pre>
 * Street = all nine: REP 9, VER 9, VOT 8, VALID 7, REG 6, DISP 6, DOT 6, RET 1, HND 5, HOT 5, LATE 0, CHK 6,
 * CHKOT 6, CLS 6, CLSOT 5, RWK 1, PST 1, OVP 1, RATED 2, SAT 1, HANDLE 7860 s.
 * G11 = A+B+I, G12 = C+D+E, G21 = F+G+H.
 */
@QuarkusTest
class IndicatorsTest {

    @Inject
    GridxClock clock;
    @Inject
    TimerSweep sweep;
    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;

    /** "code n/d, …" in indicator order. */
    static final String STREET_FIGURES = "valid-report-rate 7/9, on-time-verify-rate 8/9, on-time-check-rate 6/6, "
            + "register-rate 6/9, accurate-dispatch-rate 5/6, on-time-dispatch-rate 6/6, disposal-rate 5/6, "
            + "on-time-disposal-rate 5/6, overdue-disposal-rate 0/6, overdue-pending-rate 1/6, postponement-rate 1/6, "
            + "close-rate 6/7, on-time-close-rate 5/7, rework-rate 1/5, satisfaction-rate 1/2, average-handling-hours 7860/5";
    static final String G11_FIGURES = "valid-report-rate 3/3, on-time-verify-rate 2/3, on-time-check-rate 2/2, "
            + "register-rate 3/3, accurate-dispatch-rate 2/3, on-time-dispatch-rate 3/3, disposal-rate 2/3, "
            + "on-time-disposal-rate 2/3, overdue-disposal-rate 0/3, overdue-pending-rate 1/3, postponement-rate 0/3, "
            + "close-rate 2/3, on-time-close-rate 1/3, rework-rate 0/2, satisfaction-rate 1/2, average-handling-hours 4800/2";
    static final String G12_FIGURES = "valid-report-rate 2/3, on-time-verify-rate 3/3, on-time-check-rate 1/1, "
            + "register-rate 1/3, accurate-dispatch-rate 1/1, on-time-dispatch-rate 1/1, disposal-rate 1/1, "
            + "on-time-disposal-rate 1/1, overdue-disposal-rate 0/1, overdue-pending-rate 0/1, postponement-rate 1/1, "
            + "close-rate 2/2, on-time-close-rate 2/2, rework-rate 0/1, satisfaction-rate 0/0, average-handling-hours 900/1";
    static final String G21_FIGURES = "valid-report-rate 2/3, on-time-verify-rate 3/3, on-time-check-rate 3/3, "
            + "register-rate 2/3, accurate-dispatch-rate 2/2, on-time-dispatch-rate 2/2, disposal-rate 2/2, "
            + "on-time-disposal-rate 2/2, overdue-disposal-rate 0/2, overdue-pending-rate 0/2, postponement-rate 0/2, "
            + "close-rate 2/2, on-time-close-rate 2/2, rework-rate 1/2, satisfaction-rate 0/0, average-handling-hours 2160/2";

    @Test
    void everyIndicatorOfTheStreetAndEachGridMatchesTheHandCount() {
        String t = create("ind");
        IndicatorScenario s = new IndicatorScenario(clock, sweep, t, 7);
        try {
            s.run();
        } finally {
            clock.reset();
        }
        tenants.callAs(t, () -> catchUp.runNow());
        String day = s.day().toString();

        JsonPath street = indicators(t, "admin", "from", day, "to", day).then().statusCode(200).extract().jsonPath();
        assertEquals(1, street.getList("rows").size());
        assertEquals(t, street.getString("rows[0].code"), "no node = the whole tenant");
        assertFigures(STREET_FIGURES, street, 0);
        assertEquals(9, street.getInt("rows[0].counts.reported"));
        assertEquals(2, street.getInt("rows[0].counts.escalated"), "G by the centre, I by its missed limit");
        assertEquals(1, street.getInt("rows[0].counts.merged"), "H was merged");
        assertEquals(7, street.getInt("rows[0].counts.rating_sum"), "ratings 5 and 2");
        assertEquals(7860 / 5 / 3600.0, street.getDouble("rows[0].indicators[15].value"), 1e-4);
        // default weights: disposal 30 × 5/6 + on-time disposal 20 × 5/6 + rework 20 × (1 − 1/5)
        // + overdue pending 20 × (1 − 1/6) + postponement 10 × (1 − 1/6) = 25 + 16.667 + 16 + 16.667 + 8.333 = 82.667
        assertEquals(82.7, street.getDouble("rows[0].score"), 1e-4);
        assertEquals("B", street.getString("rows[0].grade"));

        JsonPath grids = indicators(t, "admin", "from", day, "to", day, "by", "grid").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of(G11, G12, G21), grids.getList("rows.code"));
        assertEquals(List.of("东一网格", "东二网格", "西一网格"), grids.getList("rows.name"));
        assertEquals(List.of(1, 0, 1), grids.getList("rows.counts.escalated"),
                "I (G11) went up when its accept limit passed; G (G21) was escalated by the centre");
        assertFigures(G11_FIGURES, grids, 0);
        assertFigures(G12_FIGURES, grids, 1);
        assertFigures(G21_FIGURES, grids, 2);
        // G11: 30 × 2/3 + 20 × 2/3 + 20 × 1 + 20 × 2/3 + 10 × 1 = 76.667 → C
        // G12: 30 + 20 + 20 + 20 + 10 × (1 − 1) = 90 → A;  G21: 30 + 20 + 20 × 1/2 + 20 + 10 = 90 → A
        assertEquals(List.of(76.7f, 90.0f, 90.0f), grids.getList("rows.score"));
        assertEquals(List.of("C", "A", "A"), grids.getList("rows.grade"));

        // a community is the sum of its grids: C1 = G11 + G12, C2 = G21
        JsonPath communities = indicators(t, "admin", "from", day, "to", day, "by", "community", "lang", "en")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(C1, C2), communities.getList("rows.code"));
        assertEquals(List.of("East Community", "West Community"), communities.getList("rows.name"));
        assertEquals(List.of(6, 3), communities.getList("rows.counts.reported"));
        assertEquals("4/5", fraction(communities, 0, "close-rate"), "C1 closed A, B, D, E of the valid A, B, D, E, I");

        // departments are where the case went last: city management A, E, F, G; sanitation B, I; none C, D, H
        JsonPath departments = indicators(t, "admin", "from", day, "to", day, "by", "department").then()
                .statusCode(200).extract().jsonPath();
        assertEquals(List.of("-", "city-management", "sanitation"), departments.getList("rows.code"));
        assertEquals(List.of(3, 4, 2), departments.getList("rows.counts.reported"));
        assertEquals("1/2", fraction(departments, 2, "overdue-pending-rate"), "I waits at sanitation past its limit");

        JsonPath persons = indicators(t, "admin", "from", day, "to", day, "by", "person").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("inf1", "inf2", "inf3"), persons.getList("rows.code"));
        assertEquals(List.of("高丽美", "吴秀花", "赵敏"), persons.getList("rows.name"));
        assertEquals("2/3", fraction(persons, 2, "valid-report-rate"), "inf3: F and G valid, H merged");

        // the cohort rule: the day before has none of these cases
        String before = s.day().minusDays(1).toString();
        indicators(t, "admin", "from", before, "to", before).then().statusCode(200)
                .body("rows[0].counts.reported", org.hamcrest.Matchers.equalTo(0))
                .body("rows[0].score", org.hamcrest.Matchers.nullValue());

        // custom weights: disposal 50, satisfaction 50; floors 95/85/75/65
        api(t, "admin").body(Map.of("weights", Map.of("disposal-rate", 50, "satisfaction-rate", 50),
                "gradeFloors", Map.of("A", 95, "B", 85, "C", 75, "D", 65)))
                .put("/api/t/" + t + "/assessment/settings").then().statusCode(200);
        JsonPath custom = indicators(t, "admin", "from", day, "to", day, "by", "grid").then().statusCode(200)
                .extract().jsonPath();
        // G11: 50 × 2/3 + 50 × 1/2 = 58.333 → E (below 65); G12 and G21 have no ratings: disposal alone carries
        // the score, 1/1 and 2/2 → 100 → A
        assertEquals(List.of(58.3f, 100.0f, 100.0f), custom.getList("rows.score"));
        assertEquals(List.of("E", "A", "A"), custom.getList("rows.grade"));
        // street: 50 × 5/6 + 50 × 1/2 = 66.667 → D
        JsonPath customStreet = indicators(t, "admin", "from", day, "to", day).then().extract().jsonPath();
        assertEquals(66.7, customStreet.getDouble("rows[0].score"), 1e-4);
        assertEquals("D", customStreet.getString("rows[0].grade"));
        assertEquals(50, customStreet.getInt("weights.'disposal-rate'"));
    }

    static void assertFigures(String expected, JsonPath report, int row) {
        Map<String, String> want = new LinkedHashMap<>();
        for (String part : expected.split(",\\s*")) {
            String[] kv = part.split(" ");
            want.put(kv[0], kv[1]);
        }
        Map<String, String> got = new LinkedHashMap<>();
        List<Map<String, Object>> values = report.getList("rows[" + row + "].indicators");
        for (Map<String, Object> v : values) {
            got.put((String) v.get("code"), v.get("numerator") + "/" + v.get("denominator"));
        }
        assertEquals(want, got, "row " + report.getString("rows[" + row + "].code"));
    }

    static String fraction(JsonPath report, int row, String code) {
        List<Map<String, Object>> values = report.getList("rows[" + row + "].indicators");
        return values.stream().filter(v -> code.equals(v.get("code"))).map(v -> v.get("numerator") + "/" + v.get("denominator"))
                .findFirst().orElseThrow();
    }
}
