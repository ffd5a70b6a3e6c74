package org.gridx.app.assessment;

import static io.restassured.RestAssured.given;
import static org.gridx.app.assessment.Street.*;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.clock.GridxClock;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The street's figures of a period (like the seed report's year) against a hand-made month M: 4 cases
 * reported (3 dispatched, 2 handled: disposal rate 2/3), 3 household visits in M (one more the day after),
 * appeals: 2 raised in M, 1 of them resolved in M, 1 raised before M and resolved in M (so 2 resolved).
 */
@QuarkusTest
class SummaryTest {

    @Inject
    GridxClock clock;
    @Inject
    Figures figures;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void eventsDisposalRateVisitsAndAppealsOfAPeriodAreCountedUnderTheCallersNode() {
        String t = Street.create("sum");
        YearMonth m = Street.firstMonth();
        throughTheLoop(clock, t, at(m, 3), GAO, ILLEGAL_STRUCTURE, BEIDA_2, CITY_MANAGEMENT, Duration.ofHours(1), true);
        throughTheLoop(clock, t, at(m, 4), WU, PUBLIC_TOILET, TUANJIE_2, PUBLIC_UTILITY, Duration.ofHours(2), false);
        String open = report(clock, at(m, 5), t, GAO, ILLEGAL_STRUCTURE, BEIDA_2);
        act(clock, at(m, 5).plusSeconds(300), t, DISPATCHER, open, "action", "register");
        act(clock, at(m, 5).plusSeconds(600), t, DISPATCHER, open, "action", "dispatch");
        rejected(clock, t, at(m, 6), ZHAO, XINGSHENG_3);
        report(clock, at(m.plusMonths(1), 1), t, GAO, ILLEGAL_STRUCTURE, BEIDA_2); // the month after: outside
        clock.reset();
        figures.current(t);

        // field records cannot be in the future: recorded now, then moved into M as if recorded then
        visit(t, GAO, BEIDA_2, at(m, 2).toString());
        visit(t, GAO, BEIDA_2, m.atEndOfMonth().atTime(23, 30).atZone(ZONE).toOffsetDateTime().toString());
        visit(t, WU, TUANJIE_2, at(m, 20).toString());
        visit(t, WU, TUANJIE_2, m.plusMonths(1).atDay(1).atTime(0, 30).atZone(ZONE).toOffsetDateTime().toString());
        String a1 = appeal(t, GAO, BEIDA_2, at(m, 8).toString());
        appeal(t, WU, TUANJIE_2, at(m, 9).toString());
        String a3 = appeal(t, WU, TUANJIE_2, at(m.minusMonths(1), 25).toString());
        resolve(t, GAO, a1, at(m, 15).toString());
        resolve(t, WU, a3, at(m, 2).toString());

        Map<String, Object> q = Map.of("from", m.atDay(1).toString(), "to", m.atEndOfMonth().toString());
        JsonPath s = given().auth().oauth2(token(t, ADMIN)).queryParams(q).get("/api/t/" + t + "/assessment/summary")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(4, s.getInt("eventsReported"));
        assertEquals(3, s.getInt("dispatched"));
        assertEquals(2, s.getInt("handled"));
        assertEquals(2.0 / 3, s.getDouble("disposalRate"), 1e-6);
        assertEquals(3, s.getInt("householdVisits"));
        assertEquals(2, s.getInt("appealsCollected"));
        assertEquals(2, s.getInt("appealsResolved"));

        // the 北大 chief: 北大's two cases (both dispatched, one handled), 2 visits, 1 appeal raised and resolved
        JsonPath b = given().auth().oauth2(token(t, BEIDA_CHIEF)).queryParams(q).get("/api/t/" + t + "/assessment/summary")
                .then().statusCode(200).body("node", equalTo(BEIDA)).extract().jsonPath();
        assertEquals(2, b.getInt("eventsReported"));
        assertEquals(0.5, b.getDouble("disposalRate"), 1e-6);
        assertEquals(2, b.getInt("householdVisits"));
        assertEquals(1, b.getInt("appealsCollected"));
        assertEquals(1, b.getInt("appealsResolved"));

        // one day: only the visit on the 20th
        JsonPath day = get(t, ADMIN, "/assessment/summary?from=" + m.atDay(20) + "&to=" + m.atDay(20)).statusCode(200)
                .extract().jsonPath();
        assertEquals(1, day.getInt("householdVisits"));
        assertEquals(0, day.getInt("eventsReported"));
        org.junit.jupiter.api.Assertions.assertNull(day.get("disposalRate"), "nothing dispatched: no rate rather than 0");
    }

    @Test
    void badPeriodsWrongRolesAndOtherTenantsAreRefused() {
        String t = Street.create("sumv");
        String other = Street.create("sumo");
        get(t, ADMIN, "/assessment/summary?from=2026-02-30").statusCode(422).body("errors[0].pointer", equalTo("from"));
        get(t, ADMIN, "/assessment/summary?from=2026-03-01&to=2026-02-01").statusCode(422).body("errors[0].pointer", equalTo("to"));
        get(t, ADMIN, "/assessment/summary?node=1506210010019").statusCode(422).body("errors[0].pointer", equalTo("node"));
        get(t, BEIDA_CHIEF, "/assessment/summary?node=" + TUANJIE).statusCode(404);
        get(t, RESIDENT, "/assessment/summary").statusCode(403);
        get(t, CITY_MANAGEMENT, "/assessment/summary").statusCode(403);
        get(t, ADMIN, "/assessment/summary").statusCode(200).body("from", equalTo(LocalDate.now(ZONE).withDayOfYear(1).toString()));
        given().auth().oauth2(token(other, ADMIN)).get("/api/t/" + t + "/assessment/summary").then().statusCode(404);
    }

    private static void visit(String t, String user, String grid, String at) {
        String id = as(t, user).body(Map.of("grid", grid, "address", "3号楼2单元501", "asked", "近况"))
                .post("/api/t/" + t + "/fieldwork/visits").then().statusCode(201).extract().path("id");
        AdminSql.update("UPDATE field_visit SET visited_at = ? WHERE id = ?", OffsetDateTime.parse(at), UUID.fromString(id));
    }

    private static String appeal(String t, String user, String grid, String at) {
        Map<String, Object> body = new HashMap<>(Map.of("grid", grid, "raisedBy", "李大爷", "category", "public-facility",
                "text", "楼道灯坏了"));
        String id = as(t, user).body(body).post("/api/t/" + t + "/fieldwork/appeals").then().statusCode(201).extract().path("id");
        AdminSql.update("UPDATE resident_appeal SET raised_at = ? WHERE id = ?", OffsetDateTime.parse(at), UUID.fromString(id));
        return id;
    }

    private static void resolve(String t, String user, String id, String at) {
        as(t, user).body(Map.of("action", "resolve", "note", "已修好")).post("/api/t/" + t + "/fieldwork/appeals/" + id + "/actions")
                .then().statusCode(200);
        AdminSql.update("UPDATE resident_appeal SET resolved_at = ? WHERE id = ?", OffsetDateTime.parse(at), UUID.fromString(id));
    }
}
