package org.gridx.app.casework;

import static org.gridx.app.casework.Loop.*;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.gridx.core.clock.GridxClock;
import org.junit.jupiter.api.Test;

/**
 * The report's two real cases (DOMAIN.md) replayed minute by minute through the API on the demo street,
 * with the loop's clock set to the times the report gives.
 */
@QuarkusTest
class RealCasesReplayTest {

    @Inject
    GridxClock clock;

    /**
     * 26 Sep: 高丽美 photographs an illegal structure opposite 北大社区 and uploads at 11:04; the centre
     * registers it and sends it to city management, which signs, demolishes it and uploads result photos;
     * 高丽美 checks on site and closes the record at 11:51 — under 50 minutes from report to closed.
     */
    @Test
    void illegalStructureOppositeBeidaIsReportedDispatchedDemolishedAndClosedWithin50Minutes() {
        String t = street("sep26");
        Instant reported = next(MonthDay.of(9, 26), LocalTime.of(11, 4));
        try {
            clock.set(reported);
            String photo = Photos.upload(t, GAO_LIMEI);
            Map<String, Object> report = problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "北大社区对面平房区新搭建违章建筑一处");
            report.put("photos", List.of(photo));
            report.put("address", "北大社区对面平房区");
            String id = report(t, GAO_LIMEI, report, "gao-0926-1104").statusCode(201)
                    .body("summary.state", equalTo("reported")).body("summary.gridCode", equalTo(BEIDA_2))
                    .body("summary.title", equalTo("私搭乱建")).body("summary.source", equalTo("grid-worker"))
                    .body("suggestion.department", equalTo("city-management"))
                    .body("timeline[0].photos", contains(photo)).extract().path("summary.id");

            clock.set(reported.plus(Duration.ofMinutes(3)));
            moved(t, DISPATCHER, id, action("register", "note", "核实属实，立案"));
            clock.set(reported.plus(Duration.ofMinutes(5)));
            JsonPath dispatched = moved(t, DISPATCHER, id, action("dispatch", "department", "city-management"));
            assertEquals("city-management", dispatched.getString("summary.leadDepartment"));
            assertEquals(List.of("sanitation"), dispatched.getList("summary.coDepartments"));
            clock.set(reported.plus(Duration.ofMinutes(9)));
            moved(t, CITY_MANAGEMENT, id, action("accept"));
            clock.set(reported.plus(Duration.ofMinutes(38)));
            String after = Photos.upload(t, CITY_MANAGEMENT);
            moved(t, CITY_MANAGEMENT, id, action("handle", "note", "已拆除违建，恢复原状", "photos", List.of(after)));
            Instant closed = reported.plus(Duration.ofMinutes(47));
            assertEquals(LocalTime.of(11, 51), closed.atZone(ZONE).toLocalTime());
            clock.set(closed);
            JsonPath c = moved(t, GAO_LIMEI, id, action("close", "note", "现场核查，已拆除"));

            assertEquals("closed", c.getString("summary.state"));
            assertEquals(List.of("report", "register", "dispatch", "accept", "handle", "close"), c.getList("timeline.action"));
            assertEquals(List.of("reported", "registered", "dispatched", "accepted", "handled", "closed"),
                    c.getList("timeline.toState"));
            assertEquals(List.of(GAO_LIMEI, DISPATCHER, DISPATCHER, CITY_MANAGEMENT, CITY_MANAGEMENT, GAO_LIMEI),
                    c.getList("timeline.actor"));
            assertEquals(List.of("informant", "dispatcher", "dispatcher", "department-handler", "department-handler",
                    "informant"), c.getList("timeline.actorRole"));
            List<Instant> at = c.getList("timeline.at", String.class).stream().map(Instant::parse).toList();
            assertEquals(List.of(reported, reported.plusSeconds(180), reported.plusSeconds(300), reported.plusSeconds(540),
                    reported.plusSeconds(38 * 60), closed), at);
            assertEquals(LocalTime.of(11, 4), at.get(0).atZone(ZONE).toLocalTime());
            assertTrue(Duration.between(at.get(0), at.get(5)).compareTo(Duration.ofMinutes(50)) < 0,
                    "report to closed record in under 50 minutes");
            assertEquals(List.of(after), c.getList("timeline[4].photos"));
            assertEquals("city-management", c.getString("timeline[2].data.department"));
            assertEquals(reported.toString(), Instant.parse(c.getString("summary.reportedAt")).toString());
            assertEquals(false, c.getBoolean("summary.overdue"));
            assertNull(c.get("summary.dueAt"), "a closed case waits for no step");

            as(t, ADMIN).get(base(t) + "/cases/" + id + "/chain").then().statusCode(200)
                    .body("intact", equalTo(true)).body("entries", equalTo(6));
        } finally {
            clock.reset();
        }
    }

    /**
     * 29 Oct: 吴秀花 finds the cracked wall of the public toilet in the west lane of 树林召中心卫生院; the
     * centre routes it by the list (no department named) to the public utility service centre, which signs,
     * replaces the toilet and feeds back with photos; 吴秀花 checks on site, closes, and records the rating
     * of the resident who raised it.
     */
    @Test
    void crackedPublicToiletIsRoutedByTheListHandledCheckedAndRated() {
        String t = street("oct29");
        Instant reported = next(MonthDay.of(10, 29), LocalTime.of(9, 20));
        try {
            clock.set(reported);
            Map<String, Object> report = problem(PUBLIC_TOILET, HEALTH_CENTRE_WEST_LANE, "卫生院西巷公厕墙体开裂，有倒塌危险");
            report.put("photos", List.of(Photos.upload(t, WU_XIUHUA)));
            report.put("reporterName", "西巷居民王大爷");
            String id = report(t, WU_XIUHUA, report, "wu-1029-0920").statusCode(201)
                    .body("summary.gridCode", equalTo(TUANJIE_2)).body("summary.title", equalTo("公共厕所"))
                    .body("suggestion.department", equalTo("public-utility-centre"))
                    .body("reporterName", equalTo("西巷居民王大爷")).extract().path("summary.id");

            clock.set(reported.plus(Duration.ofMinutes(10)));
            moved(t, DISPATCHER, id, action("register"));
            clock.set(reported.plus(Duration.ofMinutes(15)));
            JsonPath dispatched = moved(t, DISPATCHER, id, action("dispatch"));
            assertEquals("public-utility-centre", dispatched.getString("summary.leadDepartment"));
            assertNull(dispatched.get("timeline[2].data.override"), "routed by the list, not overridden");
            clock.set(reported.plus(Duration.ofMinutes(30)));
            moved(t, PUBLIC_UTILITY, id, action("accept"));
            clock.set(reported.plus(Duration.ofHours(6)));
            List<String> result = List.of(Photos.upload(t, PUBLIC_UTILITY), Photos.upload(t, PUBLIC_UTILITY));
            moved(t, PUBLIC_UTILITY, id, action("handle", "note", "拆除危厕，原址新建公厕一座", "photos", result));
            clock.set(reported.plus(Duration.ofHours(6).plusMinutes(20)));
            moved(t, WU_XIUHUA, id, action("close", "note", "现场核查新公厕已投入使用"));
            clock.set(reported.plus(Duration.ofHours(7)));
            JsonPath c = moved(t, WU_XIUHUA, id, action("evaluate", "rating", 5, "note", "已向王大爷反馈，非常满意"));

            assertEquals("evaluated", c.getString("summary.state"));
            assertEquals(5, c.getInt("summary.rating"));
            assertEquals(List.of("report", "register", "dispatch", "accept", "handle", "close", "evaluate"),
                    c.getList("timeline.action"));
            assertEquals(List.of(WU_XIUHUA, DISPATCHER, DISPATCHER, PUBLIC_UTILITY, PUBLIC_UTILITY, WU_XIUHUA, WU_XIUHUA),
                    c.getList("timeline.actor"));
            assertEquals("public-utility-centre", c.getString("timeline[2].data.department"));
            assertEquals(result, c.getList("timeline[4].photos"));
            assertEquals(5, c.getInt("timeline[6].data.rating"));
            List<Instant> at = c.getList("timeline.at", String.class).stream().map(Instant::parse).toList();
            assertEquals(reported, at.get(0));
            assertEquals(reported.plus(Duration.ofHours(7)), at.get(6));
            assertEquals(List.of(), c.getList("allowedActions"), "nothing is left to do on an evaluated case");

            as(t, DISPATCHER).get(base(t) + "/cases/" + id + "/chain").then().statusCode(200)
                    .body("intact", equalTo(true)).body("entries", equalTo(7));
            as(t, ADMIN).get(base(t) + "/cases?state=evaluated").then().statusCode(200)
                    .body("", hasSize(1)).body("[0].number", equalTo(c.getString("summary.number")));
        } finally {
            clock.reset();
        }
    }
}
