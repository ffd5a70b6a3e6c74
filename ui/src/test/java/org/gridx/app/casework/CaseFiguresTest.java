package org.gridx.app.casework;

import static org.gridx.app.casework.Loop.*;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import java.util.UUID;
import org.gridx.core.assessment.fact.CaseFactProjection;
import org.gridx.core.assessment.fact.Counters;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;
import org.gridx.core.clock.GridxClock;
import org.junit.jupiter.api.Test;

/**
 * The assessment figures follow the loop: the outbox projector folds every committed move into the case's
 * fact and the daily sums; a rebuild from the record gives the same sums; another tenant sees none of it.
 */
@QuarkusTest
class CaseFiguresTest {

    @Inject
    GridxClock clock;
    @Inject
    StatQuery stats;
    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;
    @Inject
    CaseFactProjection projection;

    @Test
    void theProjectorCountsTheIllegalStructureCaseAtEveryStepAndARebuildAgrees() {
        String t = street("fig");
        Instant reported = next(MonthDay.of(9, 26), LocalTime.of(11, 4));
        LocalDate day = reported.atZone(ZONE).toLocalDate();
        String id;
        String late;
        try {
            clock.set(reported);
            id = reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "北大社区对面新搭建违章建筑"));
            late = reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "另一处违建，核实超期后驳回"));
            clock.set(reported.plus(Duration.ofMinutes(3)));
            moved(t, DISPATCHER, id, action("register"));
            clock.set(reported.plus(Duration.ofMinutes(5)));
            moved(t, DISPATCHER, id, action("dispatch"));
            clock.set(reported.plus(Duration.ofMinutes(9)));
            moved(t, CITY_MANAGEMENT, id, action("accept"));
            clock.set(reported.plus(Duration.ofMinutes(38)));
            moved(t, CITY_MANAGEMENT, id, action("handle", "note", "已拆除", "photos", List.of(Photos.upload(t, CITY_MANAGEMENT))));
            clock.set(reported.plus(Duration.ofMinutes(47)));
            moved(t, GAO_LIMEI, id, action("close", "note", "现场核查，已拆除"));
            clock.set(reported.plus(Duration.ofDays(1)));
            moved(t, DISPATCHER, late, action("reject", "note", "重复上报"));
        } finally {
            clock.reset();
        }
        Map<String, Object> status = awaitCurrent(t);
        assertEquals(2, ((Number) status.get("cases")).intValue());

        Counters street = streetTotal(t, day);
        assertEquals(2, street.get(StatCounter.REPORTED));
        assertEquals(2, street.get(StatCounter.VERIFIED));
        assertEquals(1, street.get(StatCounter.VERIFIED_ON_TIME), "the rejection came a day late");
        assertEquals(1, street.get(StatCounter.REJECTED));
        assertEquals(1, street.get(StatCounter.VALID));
        for (StatCounter c : List.of(StatCounter.DISPATCHED_ON_TIME, StatCounter.ACCEPTED_ON_TIME, StatCounter.HANDLED_ON_TIME,
                StatCounter.CHECKS_ON_TIME, StatCounter.CLOSED_ON_TIME)) {
            assertEquals(1, street.get(c), c.name());
        }
        assertEquals(0, street.get(StatCounter.OPEN));
        assertEquals(29 * 60, street.get(StatCounter.HANDLE_SECONDS));
        Counters mine = tenants.callAs(t, () -> stats.total(StatPeriod.of(StatDimension.PERSON, day, day).only(GAO_LIMEI)));
        assertEquals(2, mine.get(StatCounter.REPORTED));
        Map<String, Counters> departments = tenants.callAs(t, () -> stats.byKey(StatPeriod.of(StatDimension.DEPARTMENT, day, day)));
        assertEquals(1, departments.get("city-management").get(StatCounter.HANDLED), "counted under the department it went to");
        assertEquals(1, departments.get("-").get(StatCounter.REJECTED), "never dispatched: no department");
        Map<String, Counters> items = tenants.callAs(t, () -> stats.byKey(StatPeriod.of(StatDimension.GRID_ITEM, day, day)));
        assertEquals(2, items.get(BEIDA_2 + "|" + ILLEGAL_STRUCTURE).get(StatCounter.REPORTED));

        as(t, ADMIN).post(base(t) + "/assessment/facts/catch-up?rebuild=true").then().statusCode(202);
        awaitCurrent(t);
        assertEquals(street, streetTotal(t, day), "rebuilt from the record: the same sums");
        assertEquals(0L, tenants.callAs(t, () -> catchUp.runNow()), "nothing left behind");
    }

    @Test
    void onlyTheTenantAdministratorKeepsTheFiguresAndOtherTenantsSeeNone() {
        String a = street("figa");
        String b = street("figb");
        reported(a, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "甲街道的案卷"));
        awaitCurrent(a);
        as(a, DISPATCHER).get(base(a) + "/assessment/facts").then().statusCode(403);
        as(a, DISPATCHER).post(base(a) + "/assessment/facts/catch-up").then().statusCode(403);
        as(b, ADMIN).get(base(a) + "/assessment/facts").then().statusCode(404);
        as(b, ADMIN).get(base(b) + "/assessment/facts").then().statusCode(200).body("cases", equalTo(0));
        LocalDate today = LocalDate.now(ZONE);
        assertEquals(Counters.ZERO, tenants.callAs(b, () -> stats.total(StatPeriod.of(StatDimension.GRID,
                today.minusDays(2), today.plusDays(2)))), "tenant b's sums hold nothing of a's case");
    }

    @Test
    void projectingTheSameNewCaseFromSeveralPlacesAtOnceCountsItOnce() throws Exception {
        String t = street("figc");
        LocalDate today = LocalDate.now(ZONE);
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(UUID.fromString(reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "并发统计 " + i))));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> tenants.callAs(t, () -> projection.project(ids)))); // the relay projects them too
            }
            for (var r : runs) {
                r.get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        awaitCurrent(t);
        assertEquals(3, streetTotal(t, today).get(StatCounter.REPORTED));
        assertEquals(3, streetTotal(t, today).get(StatCounter.OPEN));
    }

    private Counters streetTotal(String t, LocalDate day) {
        return tenants.callAs(t, () -> stats.total(StatPeriod.of(StatDimension.GRID, day, day).under(STREET)));
    }

    /** Polls the figures' status until every case's fact is current and no catch-up runs. */
    private static Map<String, Object> awaitCurrent(String t) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            Map<String, Object> s = as(t, ADMIN).get(base(t) + "/assessment/facts").then().statusCode(200).extract().as(Map.class);
            if (((Number) s.get("behind")).intValue() == 0 && !Boolean.TRUE.equals(s.get("running"))) {
                return s;
            }
            assertTrue(System.nanoTime() < until, "figures still behind after 30 s: " + s);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
