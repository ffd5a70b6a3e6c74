package org.gridx.app.timer;

import static org.gridx.app.timer.TimerFixture.T0;
import static org.gridx.app.timer.TimerFixture.instant;
import static org.gridx.app.timer.TimerFixture.only;
import static org.gridx.app.timer.TimerFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.timer.service.DbTimers;
import org.gridx.core.timer.service.FiredTimerRetention;
import org.gridx.core.timer.service.TimerSweep;
import org.gridx.core.timer.service.Timers;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Durable timers: replace, cancel, transactions, retries with backoff, unknown kinds, tenant walls. */
@QuarkusTest
class TimersTest {

    @Inject
    TenantContext tenants;
    @Inject
    Timers timers;
    @Inject
    DbTimers dbTimers;
    @Inject
    TimerSweep sweep;
    @Inject
    GridxClock clock;
    @Inject
    CountingTimerHandler counting;
    @Inject
    FlakyTimerHandler flaky;
    @Inject
    EntityManager em;
    @Inject
    FiredTimerRetention retention;

    String a;
    String b;

    @BeforeEach
    void twoTenants() {
        a = AdminSql.tenant(Codes.tenant("tm-a"));
        b = AdminSql.tenant(Codes.tenant("tm-b"));
        clock.set(T0);
    }

    @AfterEach
    void realClock() {
        clock.reset();
    }

    void schedule(String tenant, String kind, UUID subject, Instant due, Map<String, String> payload) {
        tenants.runAs(tenant, () -> timers.schedule(kind, subject, due, payload));
    }

    @Test
    void aReplacedTimerFiresOnceAtItsNewTime() {
        UUID s = UUID.randomUUID();
        schedule(a, CountingTimerHandler.KIND, s, T0.plusSeconds(600), Map.of("v", "1"));
        schedule(a, CountingTimerHandler.KIND, s, T0.plusSeconds(1800), Map.of("v", "2"));
        assertEquals(1, rows(s).size(), "the second schedule replaced the first");

        clock.set(T0.plusSeconds(900));
        sweep.sweepOnce();
        assertEquals(0, counting.timesFired(s), "not at the old time");

        clock.set(T0.plusSeconds(1800));
        sweep.sweepOnce();
        sweep.sweepOnce();
        assertEquals(1, counting.timesFired(s));
        var fired = counting.fired(s).get(0);
        assertEquals("2", fired.payload().get("v"));
        assertEquals(T0.plusSeconds(1800), fired.dueAt());
        assertEquals(a, fired.tenantId());
        var row = only(s);
        assertEquals(T0.plusSeconds(1800), instant(row.get("fired_at")));
        assertEquals(1, row.get("attempts"));
        assertTrue(counting.wrongTenant().isEmpty(), counting.wrongTenant().toString());
    }

    @Test
    void schedulingAgainAfterFiringAddsANewTimer() {
        UUID s = UUID.randomUUID();
        schedule(a, CountingTimerHandler.KIND, s, T0, Map.of());
        sweep.sweepOnce();
        schedule(a, CountingTimerHandler.KIND, s, T0.plusSeconds(60), Map.of());
        assertEquals(2, rows(s).size());
        clock.set(T0.plusSeconds(60));
        sweep.sweepOnce();
        assertEquals(2, counting.timesFired(s));
    }

    @Test
    void cancelRemovesOneKindAndCancelAllTheRest() {
        UUID s = UUID.randomUUID();
        schedule(a, CountingTimerHandler.KIND, s, T0, Map.of());
        schedule(a, FlakyTimerHandler.KIND, s, T0, Map.of());
        schedule(a, "test.other", s, T0, Map.of());
        tenants.runAs(a, () -> timers.cancel(s, CountingTimerHandler.KIND));
        assertEquals(List.of(FlakyTimerHandler.KIND, "test.other"), rows(s).stream().map(r -> r.get("kind")).sorted().toList());
        tenants.runAs(a, () -> timers.cancelAll(s));
        assertEquals(0, rows(s).size());
        sweep.sweepOnce();
        assertEquals(0, counting.timesFired(s));
        assertEquals(0, flaky.attempts(s));
    }

    @Test
    void cancellingAFiredTimerKeepsItsRecord() {
        UUID s = UUID.randomUUID();
        schedule(a, CountingTimerHandler.KIND, s, T0, Map.of());
        sweep.sweepOnce();
        tenants.runAs(a, () -> timers.cancelAll(s));
        assertNotNull(only(s).get("fired_at"));
    }

    @Test
    void aRolledBackScheduleLeavesNoRow() {
        UUID s = UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> tenants.callAs(a, () -> {
            timers.schedule(CountingTimerHandler.KIND, s, T0, Map.of());
            throw new IllegalStateException("the change that needed the timer failed");
        }));
        assertEquals(0, rows(s).size());
    }

    @Test
    void aFailingHandlerIsRetriedWithBackoffAndDoesNotBlockOthers() {
        UUID bad = UUID.randomUUID();
        UUID side = UUID.randomUUID();
        schedule(a, FlakyTimerHandler.KIND, bad, T0.minusSeconds(60), Map.of("failTimes", "2", "sideSubject", side.toString()));
        List<UUID> good = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        good.forEach(g -> schedule(a, CountingTimerHandler.KIND, g, T0, Map.of()));

        sweep.sweepOnce();
        good.forEach(g -> assertEquals(1, counting.timesFired(g), "the others fired although the first due failed"));
        var row = only(bad);
        assertNull(row.get("fired_at"));
        assertEquals(1, row.get("attempts"));
        assertEquals(T0.plusSeconds(30), instant(row.get("next_try_at")));
        assertTrue(String.valueOf(row.get("last_error")).contains("flaky handler fails attempt 1"), String.valueOf(row.get("last_error")));
        assertEquals(0, rows(side).size(), "the failed firing's own writes were rolled back");

        sweep.sweepOnce();
        assertEquals(1, flaky.attempts(bad), "not retried before its backoff ends");

        clock.set(T0.plusSeconds(30));
        sweep.sweepOnce();
        row = only(bad);
        assertEquals(2, row.get("attempts"));
        assertEquals(T0.plusSeconds(30 + 60), instant(row.get("next_try_at")), "the backoff doubles");

        clock.set(T0.plusSeconds(90));
        sweep.sweepOnce();
        row = only(bad);
        assertEquals(T0.plusSeconds(90), instant(row.get("fired_at")));
        assertEquals(3, row.get("attempts"));
        assertEquals(3, flaky.attempts(bad));
        assertEquals(0, rows(side).size());
    }

    @Test
    void aHandlerThrowingAnErrorIsRolledBackAndRetriedLikeAnyFailure() {
        UUID bad = UUID.randomUUID();
        UUID side = UUID.randomUUID();
        UUID good = UUID.randomUUID();
        schedule(a, FlakyTimerHandler.KIND, bad, T0.minusSeconds(60), Map.of("failTimes", "1", "error", "yes", "sideSubject", side.toString()));
        schedule(a, CountingTimerHandler.KIND, good, T0, Map.of());
        sweep.sweepOnce();
        assertEquals(1, counting.timesFired(good));
        var row = only(bad);
        assertNull(row.get("fired_at"));
        assertEquals(T0.plusSeconds(30), instant(row.get("next_try_at")));
        assertTrue(String.valueOf(row.get("last_error")).startsWith("StackOverflowError"), String.valueOf(row.get("last_error")));
        assertEquals(0, rows(side).size());
        clock.set(T0.plusSeconds(30));
        sweep.sweepOnce();
        assertNotNull(only(bad).get("fired_at"));
    }

    @Test
    void aHandlerMayScheduleItsOwnKindAgain() {
        UUID s = UUID.randomUUID();
        schedule(a, FlakyTimerHandler.KIND, s, T0, Map.of("repeat", "yes"));
        sweep.sweepOnce();
        var all = rows(s);
        assertEquals(2, all.size(), all.toString());
        assertNotNull(all.get(0).get("fired_at"));
        assertNull(all.get(1).get("fired_at"));
        assertEquals(T0.plus(Duration.ofHours(1)), instant(all.get(1).get("due_at")));
        tenants.runAs(a, () -> assertEquals("1", dbTimers.pending(s).get(0).payload().get("round")));
    }

    @Test
    void aTimerOfAnUnknownKindIsKeptAndRetriedLater() {
        UUID s = UUID.randomUUID();
        schedule(a, "test.nobody", s, T0, Map.of());
        sweep.sweepOnce();
        var row = only(s);
        assertNull(row.get("fired_at"));
        assertEquals(1, row.get("attempts"));
        assertEquals("no handler for kind 'test.nobody'", row.get("last_error"));
        assertEquals(T0.plusSeconds(30), instant(row.get("next_try_at")));
        tenants.runAs(a, () -> timers.cancelAll(s));
    }

    @Test
    void timersOfASuspendedTenantWaitUntilItIsActiveAgain() {
        UUID s = UUID.randomUUID();
        schedule(b, CountingTimerHandler.KIND, s, T0, Map.of());
        AdminSql.update("UPDATE tenant SET status = 'suspended' WHERE code = ?", b);
        sweep.sweepOnce();
        assertEquals(0, counting.timesFired(s));
        AdminSql.update("UPDATE tenant SET status = 'active' WHERE code = ?", b);
        sweep.sweepOnce();
        assertEquals(1, counting.timesFired(s));
    }

    @Test
    void aTenantCannotSeeChangeOrCancelAnotherTenantsTimers() {
        UUID s = UUID.randomUUID();
        schedule(b, CountingTimerHandler.KIND, s, T0.plusSeconds(3600), Map.of("of", "b"));
        tenants.runAs(a, () -> {
            timers.cancel(s, CountingTimerHandler.KIND);
            timers.cancelAll(s);
            assertTrue(dbTimers.pending(s).isEmpty());
        });
        assertEquals(0L, nativeCount(a, "SELECT count(*) FROM timer WHERE subject_id = ?1", s));
        assertEquals(0L, nativeCount(a, "SELECT count(*) FROM timer WHERE tenant_id = ?1", b));
        assertEquals(0, (int) tenants.callAs(a, () -> em.createNativeQuery(
                "UPDATE timer SET due_at = now() WHERE subject_id = ?1").setParameter(1, s).executeUpdate()));
        assertEquals(0, (int) tenants.callAs(a, () -> em.createNativeQuery(
                "DELETE FROM timer WHERE subject_id = ?1").setParameter(1, s).executeUpdate()));
        // Scheduling the same subject as A makes A's own timer; B's stays as it was.
        schedule(a, CountingTimerHandler.KIND, s, T0, Map.of("of", "a"));

        var bRow = AdminSql.query("SELECT due_at, fired_at, payload::text AS payload FROM timer WHERE tenant_id = ? AND subject_id = ?", b, s);
        assertEquals(1, bRow.size());
        assertEquals(T0.plusSeconds(3600), instant(bRow.get(0).get("due_at")));
        assertNull(bRow.get(0).get("fired_at"));
        assertTrue(bRow.get(0).get("payload").toString().contains("\"b\""));
        assertEquals(1, tenants.callAs(b, () -> dbTimers.pending(s)).size());

        sweep.sweepOnce();
        assertEquals(List.of(a), counting.fired(s).stream().map(t -> t.tenantId()).toList(), "only A's was due");
    }

    @Test
    void firedTimersOlderThanTheRetentionAreDeletedPendingAndRecentOnesStayAndOtherTenantsAreUntouched() {
        UUID old = UUID.randomUUID();
        UUID recent = UUID.randomUUID();
        UUID pending = UUID.randomUUID();
        UUID otherTenant = UUID.randomUUID();
        schedule(a, CountingTimerHandler.KIND, old, T0.plusSeconds(60), Map.of());
        schedule(a, CountingTimerHandler.KIND, recent, T0.plusSeconds(120), Map.of());
        schedule(a, CountingTimerHandler.KIND, pending, T0.plus(Duration.ofDays(60)), Map.of());
        schedule(b, CountingTimerHandler.KIND, otherTenant, T0.plusSeconds(60), Map.of());
        clock.set(T0.plusSeconds(180));
        sweep.sweepOnce();
        // the first fired 31 days ago, the second 29: only the first is past the 30-day default
        AdminSql.update("UPDATE timer SET fired_at = ? WHERE subject_id = ?",
                java.sql.Timestamp.from(T0.minus(Duration.ofDays(31))), old);
        AdminSql.update("UPDATE timer SET fired_at = ? WHERE subject_id = ?",
                java.sql.Timestamp.from(T0.minus(Duration.ofDays(29))), recent);
        AdminSql.update("UPDATE timer SET fired_at = ? WHERE subject_id = ?",
                java.sql.Timestamp.from(T0.minus(Duration.ofDays(31))), otherTenant);

        assertEquals(1, retention.prune(a));
        assertEquals(0, rows(old).size(), "fired before the window: deleted");
        assertEquals(1, rows(recent).size(), "fired within the window: kept");
        assertEquals(1, rows(pending).size(), "not fired: kept");
        assertEquals(1, rows(otherTenant).size(), "tenant B's old timer waits for B's own pass");
        assertEquals(0, retention.prune(a), "nothing left to prune");
    }

    @Test
    void badKindsAreRefused() {
        for (String kind : new String[] {null, "", "Case.Deadline", "1abc", "a b", "x".repeat(65)}) {
            assertThrows(IllegalArgumentException.class,
                    () -> schedule(a, kind, UUID.randomUUID(), T0, Map.of()), String.valueOf(kind));
        }
    }

    private long nativeCount(String tenant, String sql, Object param) {
        return tenants.callAs(tenant, () -> ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue());
    }
}
