package org.gridx.app.command;

import static org.gridx.app.command.CommandFixture.C1;
import static org.gridx.app.command.CommandFixture.C2;
import static org.gridx.app.command.CommandFixture.G11;
import static org.gridx.app.command.CommandFixture.G12;
import static org.gridx.app.command.CommandFixture.G21;
import static org.gridx.app.command.CommandFixture.IN_G11;
import static org.gridx.app.command.CommandFixture.IN_G12;
import static org.gridx.app.command.CommandFixture.IN_G21;
import static org.gridx.app.command.CommandFixture.STREET;
import static org.gridx.app.command.CommandFixture.act;
import static org.gridx.app.command.CommandFixture.api;
import static org.gridx.app.command.CommandFixture.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.timer.service.TimerSweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The board's figures for a day of the loop: three reports (one closed and rated, one dispatched and left
 * past its accept limit, one only reported), summed by the figures engine, for the street and for one
 * community, with the roster of the day.
 */
@QuarkusTest
class BoardFiguresTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    GridxClock clock;
    @Inject
    TimerSweep sweep;
    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void theBoardAddsUpTheDayFromTheFiguresForTheStreetAndForACommunity() {
        String t = CommandFixture.tenant();
        Instant t0 = ZonedDateTime.now(ZONE).plusWeeks(3)
                .with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY)).with(LocalTime.of(9, 0)).toInstant(); // a working morning
        LocalDate today = LocalDate.ofInstant(t0, ZONE);
        clock.set(t0);
        String closed = report(t, "gao", G11, IN_G11, "门店门口违章接坡").getString("id");
        String late = report(t, "gao", G12, IN_G12, "人行道违章接坡").getString("id");
        report(t, "wu.xiuhua", G21, IN_G21, "小区门口违章接坡");
        act(t, "disp", closed, Map.of("action", "register"));
        act(t, "disp", closed, Map.of("action", "dispatch"));
        act(t, "chengguan", closed, Map.of("action", "accept"));
        act(t, "chengguan", closed, Map.of("action", "handle", "note", "已拆除", "photos", List.of(CommandFixture.photo(t, "chengguan"))));
        act(t, "gao", closed, Map.of("action", "close"));
        act(t, "gao", closed, Map.of("action", "evaluate", "rating", 5));
        act(t, "disp", late, Map.of("action", "register"));
        act(t, "disp", late, Map.of("action", "dispatch"));
        clock.set(t0.plus(Duration.ofMinutes(45))); // past the 30-minute accept limit
        sweep.sweepOnce();
        api(t, "admin").body(Map.of("date", today.toString(), "shift", "day", "username", "disp", "role", "dispatcher",
                "phone", "0477-5123456")).post("/api/t/" + t + "/command/duty").then().statusCode(201);
        Figures.current(tenants, catchUp, t);

        JsonPath street = api(t, "disp").get("/api/t/" + t + "/command/board").then().statusCode(200).extract().jsonPath();
        assertEquals(STREET, street.getString("node.code"), "the centre's board opens on the street");
        assertEquals(today.toString(), street.getString("today"));
        assertEquals(Map.of("todayReported", 3, "open", 2, "overduePending", 1, "closedThisMonth", 1, "handled", 1,
                "dispatched", 2, "satisfied", 1, "rated", 1), subset(street.getMap("kpis"), "todayReported", "open",
                "overduePending", "closedThisMonth", "handled", "dispatched", "satisfied", "rated"));
        assertEquals(0.5f, street.getFloat("kpis.disposalRate"), "处置率 = handled / dispatched");
        assertEquals(1.0f, street.getFloat("kpis.satisfaction"), "满意率 = satisfied / rated");
        assertEquals(30, street.getList("trend.days").size());
        assertEquals(today.toString(), street.getString("trend.days[29]"));
        assertEquals(3, street.getInt("trend.reported[29]"));
        assertEquals(1, street.getInt("trend.closed[29]"));
        assertEquals(0, street.getInt("trend.reported[28]"), "days without cases are zero");
        assertEquals(List.of(C1, C2), street.getList("parts.node.code"));
        assertEquals(List.of(1, 1), street.getList("parts.open"));
        assertEquals(List.of(1, 0), street.getList("parts.overduePending"));
        assertEquals(List.of("city-management"), street.getList("departments.code"));
        assertEquals(List.of(1), street.getList("departments.open"), "the overdue case waits with city management");
        assertEquals(List.of("disp"), street.getList("duty.username"));
        assertEquals("dispatcher", street.getString("duty[0].role"));
        assertEquals(List.of(STREET), street.getList("path.code"));

        JsonPath beida = api(t, "disp").queryParam("node", C1).get("/api/t/" + t + "/command/board").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Map.of("todayReported", 2, "open", 1, "overduePending", 1, "closedThisMonth", 1),
                subset(beida.getMap("kpis"), "todayReported", "open", "overduePending", "closedThisMonth"));
        assertEquals(List.of(G11, G12), beida.getList("parts.node.code"));
        assertEquals(List.of(0, 1), beida.getList("parts.open"));
        assertEquals(List.of("city-management"), beida.getList("departments.code"));
        assertEquals(List.of(STREET, C1), beida.getList("path.code"));

        JsonPath nanyuan = api(t, "disp").queryParam("node", C2).get("/api/t/" + t + "/command/board").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Map.of("todayReported", 1, "open", 1, "overduePending", 0, "closedThisMonth", 0),
                subset(nanyuan.getMap("kpis"), "todayReported", "open", "overduePending", "closedThisMonth"));
        assertNull(nanyuan.get("kpis.disposalRate"), "nothing dispatched there: no rate rather than 0 %");
        assertEquals(List.of(), nanyuan.getList("departments"), "its only case is not with a department yet");
    }

    static Map<String, Object> subset(Map<String, Object> m, String... keys) {
        Map<String, Object> out = new java.util.HashMap<>();
        for (String k : keys) {
            out.put(k, m.get(k));
        }
        return out;
    }
}
