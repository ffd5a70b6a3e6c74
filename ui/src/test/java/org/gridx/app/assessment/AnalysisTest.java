package org.gridx.app.assessment;

import static org.gridx.app.assessment.AnalysisData.at;
import static org.gridx.app.assessment.AnalysisData.day;
import static org.gridx.app.assessment.AnalysisStreet.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.core.clock.GridxClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 研判 on the demo street with the cases of {@link AnalysisData}, figures made current by the catch-up:
 * hot spots ranked with shares and the change against last month, the grid × month matrix; the three
 * reports within 30 m found as one recurring place and the one 120 m away kept out of it (until the radius
 * takes it in); trends per day and month with moving average and comparison; bottleneck averages worked out
 * by hand; and the cases waiting longest now.
 */
@QuarkusTest
class AnalysisTest {

    private static String t;

    @Inject
    GridxClock clock;
    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;

    @BeforeEach
    void street() {
        t = AnalysisData.shared(clock, catchUp, tenants);
        clock.set(at(4, 20, 10, 0));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private JsonPath get(String user, String path, Object... params) {
        return as(t, user).queryParams(map(params)).get(api(t) + "/analysis/" + path).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void hotSpotsRankGridItemPairsWithShareAndChangeOverWholeMonths() {
        JsonPath h = get(DISPATCHER, "hotspots", "from", day(4, 3), "to", day(4, 20));
        assertEquals(day(4, 1), h.getString("months.from"), "widened to whole months");
        assertEquals(day(4, 30), h.getString("months.to"));
        assertEquals(day(3, 1), h.getString("previous.from"));
        assertEquals(day(3, 31), h.getString("previous.to"));
        assertEquals(7, h.getInt("total"));
        assertEquals(List.of(BEIDA_2 + "|" + ILLEGAL_STRUCTURE, TUANJIE_2 + "|" + PUBLIC_TOILET, TUANJIE_2 + "|" + ILLEGAL_STRUCTURE),
                h.getList("top", Map.class).stream().map(m -> m.get("gridCode") + "|" + m.get("itemCode")).toList());
        assertEquals(List.of(4, 2, 1), h.getList("top.reports", Integer.class));
        assertEquals("私搭乱建", h.getString("top[0].itemName"));
        assertEquals("北大二网格（北大对面平房区）", h.getString("top[0].gridName"));
        assertEquals(4.0 / 7, h.getDouble("top[0].share"), 1e-6);
        assertEquals(1, h.getInt("top[0].previous"), "M was reported in March");
        assertEquals(300.0, h.getDouble("top[0].changePercent"), 1e-9);
        org.junit.jupiter.api.Assertions.assertNull(h.get("top[1].changePercent"), "nothing before: no change figure");
        // the heat map: the top items, per grid and month
        assertEquals(List.of(ILLEGAL_STRUCTURE, PUBLIC_TOILET), h.getList("matrices.itemCode"));
        assertEquals(List.of(day(4, 1).substring(0, 7)), h.getList("matrices[0].months"));
        assertEquals(List.of(BEIDA_2, TUANJIE_2), h.getList("matrices[0].gridCodes"));
        assertEquals(List.of(List.of(4), List.of(1)), h.getList("matrices[0].values"));
        // limit, and English names
        as(t, DISPATCHER).queryParams(map("from", day(4, 3), "to", day(4, 20), "limit", 1, "lang", "en"))
                .get(api(t) + "/analysis/hotspots").then().statusCode(200).body("top", hasSize(1))
                .body("top[0].itemCode", equalTo(ILLEGAL_STRUCTURE)).body("top[0].gridName", containsString("Beida Grid 2"));
    }

    @Test
    void threeReportsWithin30MetresAreOneRecurringPlaceAndTheOne120MetresAwayIsNot() {
        JsonPath r = get(DISPATCHER, "recurring", "from", day(4, 1), "to", day(4, 30));
        assertEquals(50, r.getInt("radius"));
        assertEquals(3, r.getInt("minReports"));
        assertEquals(7, r.getInt("rowsRead"));
        assertEquals(false, r.getBoolean("truncated"));
        assertEquals(1, r.getList("clusters").size(), "the two toilets are under the minimum of 3");
        assertEquals(ILLEGAL_STRUCTURE, r.getString("clusters[0].itemCode"));
        assertEquals("私搭乱建", r.getString("clusters[0].itemName"));
        assertEquals(BEIDA_2, r.getString("clusters[0].gridCode"));
        assertEquals(3, r.getInt("clusters[0].count"), "D, 120 m south, is not merged in");
        assertEquals(1, r.getInt("clusters[0].open"), "A and B are closed, C is with the department");
        assertEquals(day(4, 5), r.getString("clusters[0].first"));
        assertEquals(day(4, 7), r.getString("clusters[0].last"));
        assertEquals(OPPOSITE_BEIDA[0] + 20 / 3.0 / (111_320 * Math.cos(Math.toRadians(OPPOSITE_BEIDA[1]))),
                r.getDouble("clusters[0].lon"), 2e-5);
        // a wider radius takes D in; a lower minimum shows the two toilets 7 m apart
        assertEquals(4, get(DISPATCHER, "recurring", "from", day(4, 1), "to", day(4, 30), "radius", 200).getInt("clusters[0].count"));
        JsonPath two = get(DISPATCHER, "recurring", "from", day(4, 1), "to", day(4, 30), "min", 2);
        assertEquals(List.of(3, 2), two.getList("clusters.count", Integer.class));
        assertEquals(PUBLIC_TOILET, two.getString("clusters[1].itemCode"));
        // one item only; a window without D's cluster members
        assertEquals(0, get(DISPATCHER, "recurring", "from", day(4, 1), "to", day(4, 30), "item", PUBLIC_TOILET).getList("clusters").size());
        assertEquals(0, get(DISPATCHER, "recurring", "from", day(4, 6), "to", day(4, 30)).getList("clusters").size());
    }

    @Test
    void trendsPerDayAndMonthWithMovingAverageAndComparison() {
        JsonPath d = get(DISPATCHER, "trends", "from", day(4, 1), "to", day(4, 30), "bucket", "day");
        assertEquals(30, d.getList("points").size(), "every day, empty ones too");
        assertEquals(day(4, 8), d.getString("points[7].bucket"));
        assertEquals(2, d.getInt("points[7].reported"));
        assertEquals(1, d.getInt("points[4].closed"), "A, reported 5 Apr, closed");
        assertEquals(0.7, d.getDouble("points[7].reportedAverage"), 1e-9, "(0+0+0+1+1+1+2)/7");
        assertEquals(7, d.getInt("movingAverageWindow"));
        assertEquals(7, d.getInt("current.reported"));
        assertEquals(2, d.getInt("current.closed"));
        assertEquals(1, d.getInt("before.reported"), "M, 20 Mar, in the 30 days before");
        assertEquals(600.0, d.getDouble("reportedChangePercent"), 1e-9);
        JsonPath m = get(DISPATCHER, "trends", "from", day(3, 1), "to", day(4, 30), "bucket", "month");
        assertEquals(List.of(day(3, 1), day(4, 1)), m.getList("points.bucket"));
        assertEquals(List.of(1, 7), m.getList("points.reported", Integer.class));
        JsonPath w = get(DISPATCHER, "trends", "from", day(4, 1), "to", day(4, 30), "bucket", "week");
        assertEquals(7, w.getList("points.reported", Integer.class).stream().mapToInt(Integer::intValue).sum());
        // one item: from the monthly grid × item sums, so by month
        JsonPath i = get(DISPATCHER, "trends", "from", day(4, 1), "to", day(4, 30), "item", PUBLIC_TOILET);
        assertEquals("month", i.getString("bucket"));
        assertEquals(List.of(2), i.getList("points.reported", Integer.class));
        // a community: only its cases
        assertEquals(4, get(DISPATCHER, "trends", "from", day(4, 1), "to", day(4, 30), "node", BEIDA).getInt("current.reported"));
    }

    @Test
    void bottleneckAveragesPerStepAreTheHandWorkedOnes() {
        JsonPath b = get(DISPATCHER, "bottlenecks", "from", day(4, 1), "to", day(4, 30));
        assertEquals(List.of("city-management", "public-utility-centre"), b.getList("departments.code"), "slowest first");
        // city management: A, B, C. verify 10+20+30 min / 3; dispatch 20+20+30 / 3; accept 60+180 / 2 accepted;
        // handle 4 h + (3 h + 2 h after rework) / 2 handled; check 30 + 20 + 30 min / 3 checks
        assertEquals(3, b.getInt("departments[0].cases"));
        assertEquals(3, b.getInt("departments[0].dispatched"));
        assertEquals(0.33, b.getDouble("departments[0].hours.VERIFY"), 1e-9);
        assertEquals(0.39, b.getDouble("departments[0].hours.DISPATCH"), 1e-9);
        assertEquals(2.0, b.getDouble("departments[0].hours.ACCEPT"), 1e-9);
        assertEquals(4.5, b.getDouble("departments[0].hours.HANDLE"), 1e-9);
        assertEquals(0.44, b.getDouble("departments[0].hours.CHECK"), 1e-9);
        assertEquals("HANDLE", b.getString("departments[0].worstStep"));
        assertEquals(50.0, b.getDouble("departments[0].reworkedShare"), 1e-9, "B of the 2 handled");
        assertEquals(0.0, b.getDouble("departments[0].returnedShare"), 1e-9);
        assertEquals(0.0, b.getDouble("departments[0].overdueShare"), 1e-9);
        // public utility: T1 only — verify 5 min, dispatch 5 min, accept 1 h; not handled yet
        assertEquals(0.08, b.getDouble("departments[1].hours.VERIFY"), 1e-9);
        assertEquals(1.0, b.getDouble("departments[1].hours.ACCEPT"), 1e-9);
        org.junit.jupiter.api.Assertions.assertNull(b.get("departments[1].hours.HANDLE"));
        assertEquals("ACCEPT", b.getString("departments[1].worstStep"));
        // waiting now (20 Apr 10:00): C dispatched since 7 Apr 10:00, T1 accepted since 8 Apr 11:10
        assertEquals(List.of("city-management", "public-utility-centre"), b.getList("stuck.department"));
        assertEquals(List.of("dispatched", "accepted"), b.getList("stuck.state"));
        assertEquals(312.0, b.getDouble("stuck[0].waitingHours"), 1e-9);
        assertEquals(286.8, b.getDouble("stuck[1].waitingHours"), 1e-9);
    }

    @Test
    void scopeCommunityChiefSeesOwnCommunityDepartmentItsOwnResidentNothing() {
        JsonPath h = get(BEIDA_CHIEF, "hotspots", "from", day(4, 3), "to", day(4, 20));
        assertEquals(4, h.getInt("total"));
        assertEquals(List.of(BEIDA_2), h.getList("top.gridCode"));
        as(t, BEIDA_CHIEF).queryParams(map("node", TUANJIE)).get(api(t) + "/analysis/hotspots").then().statusCode(404);
        as(t, BEIDA_CHIEF).queryParams(map("node", TUANJIE_2)).get(api(t) + "/analysis/recurring").then().statusCode(404);
        as(t, BEIDA_CHIEF).get(api(t) + "/analysis/bottlenecks").then().statusCode(403);
        JsonPath own = get(CITY_MANAGEMENT, "bottlenecks", "from", day(4, 1), "to", day(4, 30));
        assertEquals(List.of("city-management"), own.getList("departments.code"));
        assertEquals(List.of("city-management"), own.getList("stuck.department"));
        as(t, CITY_MANAGEMENT).get(api(t) + "/analysis/hotspots").then().statusCode(403);
        for (String path : List.of("hotspots", "recurring", "trends", "bottlenecks")) {
            as(t, RESIDENT).get(api(t) + "/analysis/" + path).then().statusCode(403);
            as(t, GAO_LIMEI).get(api(t) + "/analysis/" + path).then().statusCode(403);
        }
    }

    @Test
    void badParametersAre422NamingTheFieldAndTheAllowedValues() {
        refused("hotspots", map("from", day(4, 20), "to", day(4, 3)), "from", "on or before");
        refused("hotspots", map("from", day(1, 1), "to", java.time.LocalDate.parse(day(12, 31)).plusDays(2).toString()), "to", "at most 366 days");
        refused("hotspots", map("from", "April"), "from", "YYYY-MM-DD");
        refused("hotspots", map("limit", 0), "limit", "from 1 to 100");
        refused("recurring", map("radius", 5), "radius", "from 10 to 500");
        refused("recurring", map("radius", 501), "radius", "from 10 to 500");
        refused("recurring", map("min", 1), "min", "from 2 to 100");
        refused("recurring", map("item", "toilet"), "item", "item code");
        refused("trends", map("bucket", "year"), "bucket", "day, week, month");
        refused("trends", map("node", "15062"), "node", "6, 9, 12 or 15 digits");
        refused("bottlenecks", map("stuck", 50), "stuck", "from 1 to 20");
        refused("bottlenecks", map("format", "pdf"), "format", "csv or xlsx");
        refused("hotspots", map("format", "csv", "table", "other"), "table", "pairs or matrix");
    }

    private void refused(String path, Map<String, Object> params, String field, String how) {
        as(t, DISPATCHER).queryParams(params).get(api(t) + "/analysis/" + path).then().statusCode(422)
                .contentType("application/problem+json").body("errors.pointer", hasItem(field))
                .body("errors.find { it.pointer == '" + field + "' }.message", containsString(how));
    }

    @Test
    void anotherTenantSeesNoneOfItAndCannotAskForIt() {
        String other = AnalysisStreet.street("an-b");
        as(other, DISPATCHER).get(api(t) + "/analysis/hotspots").then().statusCode(404);
        as(other, DISPATCHER).get(api(t) + "/analysis/bottlenecks").then().statusCode(404);
        as(other, DISPATCHER).get("/t/" + t + "/analysis").then().statusCode(404);
        as(other, DISPATCHER).queryParams(map("from", day(4, 1), "to", day(4, 30))).get(api(other) + "/analysis/hotspots")
                .then().statusCode(200).body("total", equalTo(0)).body("top", hasSize(0));
        as(other, DISPATCHER).queryParams(map("from", day(4, 1), "to", day(4, 30))).get(api(other) + "/analysis/recurring")
                .then().statusCode(200).body("rowsRead", equalTo(0));
        as(other, DISPATCHER).queryParams(map("from", day(4, 1), "to", day(4, 30))).get(api(other) + "/analysis/bottlenecks")
                .then().statusCode(200).body("departments", hasSize(0)).body("stuck", hasSize(0));
        as(other, DISPATCHER).queryParams(map("from", day(4, 1), "to", day(4, 30))).get(api(other) + "/analysis/trends")
                .then().statusCode(200).body("current.reported", equalTo(0)).body("reportedChangePercent", nullValue());
    }
}
