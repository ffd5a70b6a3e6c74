package org.gridx.app.casework;

import static org.gridx.app.casework.Loop.*;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.timer.service.TimerSweep;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/**
 * Deadlines on the loop's own clock: a reminder at 75 % of a step's limit, overdue and escalation one rung
 * up when it passes (community supervisor, then the street's centre), and each timer fired exactly once
 * however many application instances sweep the same database.
 */
@QuarkusTest
class CaseTimersTest {

    @Inject
    GridxClock clock;
    @Inject
    TimerSweep sweep;

    /** A Wednesday morning, well ahead of real time, so only the timers this test makes come due. */
    static Instant wednesdayMorning(int weeksAhead) {
        return ZonedDateTime.now(ZONE).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.WEDNESDAY))
                .with(LocalTime.of(9, 0)).toInstant();
    }

    @Test
    void aMissedDispatchLimitRemindsAt75PercentThenEscalatesToTheCommunitySupervisorAndThenToTheStreet() {
        String t = street("esc");
        Instant t0 = wednesdayMorning(2);
        try {
            clock.set(t0);
            String id = reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "违建无人派遣"));
            clock.set(t0.plus(Duration.ofMinutes(5)));
            moved(t, DISPATCHER, id, action("register"));
            Instant due = t0.plus(Duration.ofMinutes(35)); // 私搭乱建: dispatch within PT30M
            assertEquals(due, Instant.parse(view(t, DISPATCHER, id).getString("summary.dueAt")));

            clock.set(t0.plus(Duration.ofMinutes(5)).plus(Duration.ofSeconds(30 * 60 * 74 / 100)));
            sweep.sweepOnce();
            assertEquals(List.of("report", "register"), view(t, DISPATCHER, id).getList("timeline.action"),
                    "nothing before 75 % of the limit");
            clock.set(t0.plus(Duration.ofMinutes(5)).plus(Duration.ofSeconds(30 * 60 * 76 / 100)));
            sweep.sweepOnce();
            JsonPath reminded = view(t, DISPATCHER, id);
            assertEquals(List.of("report", "register", "remind"), reminded.getList("timeline.action"));
            assertEquals("system", reminded.getString("timeline[2].actor"));
            assertEquals(due.toString(), reminded.getString("timeline[2].data.due"));
            assertEquals(false, reminded.getBoolean("summary.overdue"));
            sweep.sweepOnce();
            assertEquals(3, view(t, DISPATCHER, id).getList("timeline").size(), "a reminder fires once");

            clock.set(due.plusSeconds(60));
            sweep.sweepOnce();
            JsonPath community = view(t, DISPATCHER, id);
            assertEquals(List.of("report", "register", "remind", "overdue", "escalate"), community.getList("timeline.action"));
            assertEquals("registered", community.getString("summary.state"), "overdue and escalation keep the step");
            assertEquals(true, community.getBoolean("summary.overdue"));
            assertEquals("community", community.getString("summary.escalationLevel"));
            assertEquals(BEIDA_SUPERVISOR, community.getString("escalationHandler"));
            assertEquals(Map.of("fromLevel", "grid", "level", "community", "role", "supervisor", "handler", BEIDA_SUPERVISOR),
                    subset(community.getMap("timeline[4].data"), "fromLevel", "level", "role", "handler"));
            assertEquals(true, community.getBoolean("timeline[4].data.automatic"));
            Instant rungDue = due.plusSeconds(60).plus(Duration.ofHours(24)); // community rung: within PT24H
            assertEquals(rungDue, Instant.parse(community.getString("summary.dueAt")));
            // the supervisor now sees the case it answers for
            view(t, BEIDA_SUPERVISOR, id);

            clock.set(due.plusSeconds(60).plus(Duration.ofHours(18)).plusSeconds(60));
            sweep.sweepOnce();
            assertEquals("remind", view(t, DISPATCHER, id).getString("timeline[5].action"), "75 % of the rung's limit");

            clock.set(rungDue.plusSeconds(60));
            sweep.sweepOnce();
            JsonPath street = view(t, DISPATCHER, id);
            assertEquals(List.of("report", "register", "remind", "overdue", "escalate", "remind", "overdue", "escalate"),
                    street.getList("timeline.action"));
            assertEquals("street", street.getString("summary.escalationLevel"));
            assertEquals(DISPATCHER, street.getString("escalationHandler"), "the street's dispatcher post (A: 孙海涛)");
            assertEquals("community", street.getString("timeline[7].data.fromLevel"));
            sweep.sweepOnce();
            assertEquals(8, view(t, DISPATCHER, id).getList("timeline").size(), "each timer fires once");

            // dispatching starts the next step's own clock: no longer overdue, new deadline from the list
            clock.set(rungDue.plusSeconds(120));
            JsonPath dispatched = moved(t, DISPATCHER, id, action("dispatch"));
            assertEquals(false, dispatched.getBoolean("summary.overdue"));
            assertEquals(rungDue.plusSeconds(120).plus(Duration.ofMinutes(30)), Instant.parse(dispatched.getString("summary.dueAt")));
            as(t, ADMIN).get(base(t) + "/cases/" + id + "/chain").then().body("intact", equalTo(true));
        } finally {
            clock.reset();
        }
    }

    @Test
    void severalInstancesSweepingAtOnceFireEachDeadlineExactlyOnce() throws Exception {
        String t = street("sweep");
        Instant t0 = wednesdayMorning(3);
        int cases = 12;
        int instances = 4;
        try {
            clock.set(t0);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < cases; i++) {
                ids.add(reported(t, GAO_LIMEI, problem(PUBLIC_TOILET, OPPOSITE_BEIDA, "公厕损坏 " + i)));
            }
            clock.set(t0.plus(Duration.ofMinutes(31))); // 公共厕所: verify within PT30M
            ExecutorService pool = Executors.newFixedThreadPool(instances);
            try {
                CountDownLatch gate = new CountDownLatch(1);
                List<Future<?>> runs = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    runs.add(pool.submit(() -> {
                        gate.await();
                        for (int r = 0; r < 3; r++) {
                            sweep.sweepOnce();
                        }
                        return null;
                    }));
                }
                gate.countDown();
                for (Future<?> f : runs) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            for (String id : ids) {
                assertTrue(count(t, id, "overdue") <= 1, "never twice for case " + id);
            }
            // A reminder and a deadline of one case fired by two sweeps at once lock in opposite orders (timer
            // row, then case; the escalation then re-arms the reminder row): PostgreSQL may end one as a
            // deadlock victim, which is retried after the back-off. One later sweep lets such a retry run.
            clock.set(t0.plus(Duration.ofMinutes(33)));
            sweep.sweepOnce();
            for (String id : ids) {
                assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid "
                        + "AND action = 'overdue'", t, id), "one overdue entry for case " + id);
                assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid "
                        + "AND action = 'escalate'", t, id), "one escalation for case " + id);
                assertTrue(AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid "
                        + "AND action = 'remind'", t, id) <= 1, "at most one reminder for case " + id);
            }
            as(t, ADMIN).get(base(t) + "/record/verify").then().statusCode(200)
                    .body("intact", equalTo(true)).body("cases", equalTo(cases));
        } finally {
            clock.reset();
        }
    }

    @Test
    void aTimerYieldsToAMoveHoldingTheCaseAndFiresOnItsRetry() throws Exception {
        String t = street("yield");
        Instant t0 = wednesdayMorning(4);
        try {
            clock.set(t0);
            String id = reported(t, GAO_LIMEI, problem(PUBLIC_TOILET, OPPOSITE_BEIDA, "公厕漏水"));
            clock.set(t0.plus(Duration.ofMinutes(31))); // verify within PT30M: the deadline is due
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try (java.sql.Connection mover = AdminSql.connect()) {
                // someone's move holds the case (as CaseAccess does with FOR UPDATE) while the sweep runs
                mover.setAutoCommit(false);
                try (var lock = mover.prepareStatement("SELECT 1 FROM case_file WHERE tenant_id = ? AND id = ?::uuid FOR UPDATE")) {
                    lock.setString(1, t);
                    lock.setString(2, id);
                    lock.executeQuery().close();
                }
                Future<Integer> run = pool.submit(() -> sweep.sweepOnce());
                run.get(20, TimeUnit.SECONDS); // waiting for the case here is what closed the deadlock circle
                assertEquals(0, count(t, id, "overdue"), "the timer did not fire while the case was held");
                assertEquals(1L, AdminSql.count("SELECT count(*) FROM timer WHERE tenant_id = ? AND subject_id = ?::uuid "
                        + "AND kind = 'case.deadline' AND fired_at IS NULL AND attempts = 1 AND last_error IS NOT NULL", t, id),
                        "the deadline is kept for a retry, its failure recorded");
                mover.rollback();
            } finally {
                pool.shutdownNow();
            }
            clock.set(t0.plus(Duration.ofHours(2))); // past the retry's back-off
            sweep.sweepOnce();
            assertEquals(1, count(t, id, "overdue"), "the retry fires the deadline once");
        } finally {
            clock.reset();
        }
    }

    private static long count(String t, String id, String action) {
        return AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid AND action = ?",
                t, id, action);
    }

    private static Map<String, Object> subset(Map<String, Object> m, String... keys) {
        Map<String, Object> out = new java.util.HashMap<>();
        for (String k : keys) {
            out.put(k, m.get(k));
        }
        return out;
    }
}
