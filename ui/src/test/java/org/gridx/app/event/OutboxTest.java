package org.gridx.app.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridx.api.event.CaseChanged;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.event.TenantOnboarded;
import org.gridx.api.tenant.TenantContext;
import org.gridx.app.modules.CoreEventProbe;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.event.EventCodec;
import org.gridx.core.event.OutboxRelay;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * The transactional outbox: an event is a row of the publishing transaction (a rollback leaves none), is
 * delivered once even when relays race for it, survives a replica that died before delivering, and a
 * failing observer is retried alone.
 */
@QuarkusTest
class OutboxTest {

    @Inject
    DomainEvents events;
    @Inject
    OutboxRelay relay;
    @Inject
    CoreEventProbe core;
    @Inject
    OutboxProbe probe;
    @Inject
    EventCodec codec;
    @Inject
    TenantContext tenants;
    @Inject
    GridxClock clock;

    @Test
    void aRolledBackTransactionLeavesNoRowAndDeliversNothing() {
        String t = AdminSql.tenant(Codes.tenant("ob"));
        TenantOnboarded e = new TenantOnboarded(t, Instant.now(), true);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            events.publish(e);
            assertEquals(0, core.count(e), "not delivered before commit");
            throw new IllegalStateException("the change fails after publishing");
        }));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM outbox_event WHERE tenant_id = ?", t));
        relay.sweep(t);
        relay.sweep();
        assertEquals(0, core.count(e));
    }

    @Test
    void aCommittedEventIsARowOfItsTenantDeliveredOnceAndEqualToWhatWasPublished() {
        String t = AdminSql.tenant(Codes.tenant("ob"));
        CaseChanged c = Cases.changed(t, "GY-0001", "reported", "150621901001001", Set.of("city-management"), Set.of("inf.a"));
        tenants.runAs(t, () -> events.publish(c));
        Eventually.outboxSettled(t);
        assertEquals(List.of(c), probe.cases(t), "delivered once, with sets, maps, texts, ids and instants intact");
        var row = AdminSql.query("SELECT type, live_type, attempts, delivered_at, payload->>'number' AS number "
                + "FROM outbox_event WHERE tenant_id = ?", t).get(0);
        assertEquals(CaseChanged.class.getName(), row.get("type"));
        assertEquals("case.reported", row.get("live_type"));
        assertEquals(1, row.get("attempts"));
        assertTrue(row.get("delivered_at") != null);
        assertEquals("GY-0001", row.get("number"));
        assertEquals(c, codec.decode(CaseChanged.class.getName(), codec.encode(c)));
    }

    @Test
    void rowsLeftByADeadReplicaAreDeliveredExactlyOnceWhileFourRelaysRace() throws Exception {
        String t = AdminSql.tenant(Codes.tenant("ob"));
        List<TenantOnboarded> left = new ArrayList<>();
        Instant base = Instant.parse("2026-09-26T03:04:00Z");
        for (int i = 0; i < 150; i++) {
            left.add(new TenantOnboarded(t, base.plusSeconds(i), false));
        }
        // written as a crashed replica would leave them: committed, never nudged
        AdminSql.update("INSERT INTO outbox_event (tenant_id, id, type, payload, created_at) "
                + "SELECT ?, gen_random_uuid(), ?, p::jsonb, now() FROM unnest(?::text[]) AS p", t,
                TenantOnboarded.class.getName(), left.stream().map(codec::encode).toArray(String[]::new));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> handled = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            handled.add(pool.submit(() -> {
                go.await();
                return relay.sweep(t);
            }));
        }
        go.countDown();
        int total = 0;
        for (Future<Integer> f : handled) {
            total += f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        Eventually.outboxSettled(t);
        assertTrue(total <= 150, "no row is handed out twice by the racing relays: " + total);
        for (TenantOnboarded e : left) {
            assertEquals(1, core.count(e), "delivered exactly once: " + e);
        }
        assertEquals(150, AdminSql.count("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND attempts = 1 "
                + "AND delivered_at IS NOT NULL", t));
    }

    @Test
    void aFailingObserverIsRetriedAloneAfterItsDelayWhileTheOthersGotTheEventOnce() {
        String t = AdminSql.tenant(Codes.tenant("flaky"));
        TenantOnboarded e = new TenantOnboarded(t, Instant.now(), false);
        tenants.runAs(t, () -> events.publish(e));
        Eventually.outboxSettled(t);
        assertEquals(1, probe.flakyCalls(e));
        assertEquals(1, core.count(e), "the other observers got it although one failed");
        var failed = AdminSql.query("SELECT attempts, delivered_at, last_error, failed_observers::text AS observers "
                + "FROM outbox_event WHERE tenant_id = ?", t).get(0);
        assertEquals(1, failed.get("attempts"));
        assertEquals(null, failed.get("delivered_at"));
        assertTrue(failed.get("last_error").toString().contains("fails the first time"), failed.toString());
        assertTrue(failed.get("observers").toString().contains("OutboxProbe"), failed.toString());

        relay.sweep(t);
        assertEquals(1, probe.flakyCalls(e), "not retried before its delay");
        try {
            clock.advance(Duration.ofSeconds(6));
            relay.sweep(t);
        } finally {
            clock.reset();
        }
        Eventually.until("the retry", () -> probe.flakyCalls(e) == 2);
        assertEquals(1, core.count(e), "the retry goes to the failed observer only");
        var done = AdminSql.query("SELECT attempts, delivered_at, failed_observers FROM outbox_event WHERE tenant_id = ?", t).get(0);
        assertEquals(2, done.get("attempts"));
        assertTrue(done.get("delivered_at") != null);
        assertEquals(null, done.get("failed_observers"));
    }

    @Test
    void aBatchReachesEachObserverTogetherAndOnlyTheEventItFailedOnIsRetried() {
        String t = AdminSql.tenant(Codes.tenant("ob"));
        Instant at = Instant.now();
        List<ProbeEvent> sent = List.of(new ProbeEvent(t, at, "first", false), new ProbeEvent(t, at, "bad", true),
                new ProbeEvent(t, at, "third", false));
        // one transaction, so the three rows are claimed and handed over as one batch
        tenants.runAs(t, () -> sent.forEach(events::publish));
        Eventually.outboxSettled(t);
        assertEquals(1, probe.committed(sent.get(0)), "committed once although the batch it was in failed");
        assertEquals(2, probe.handed(sent.get(0)), "handed again alone after its batch rolled back (at least once)");
        assertEquals(0, probe.committed(sent.get(1)));
        assertEquals(1, probe.handed(sent.get(1)), "the failing event is not retried before its delay");
        assertEquals(1, probe.committed(sent.get(2)), "committed once although the batch it was in failed");
        var rows = AdminSql.query("SELECT delivered_at IS NOT NULL AS delivered, attempts FROM outbox_event "
                + "WHERE tenant_id = ? ORDER BY seq", t);
        assertEquals(List.of(true, false, true), rows.stream().map(r -> r.get("delivered")).toList());
        try {
            clock.advance(Duration.ofSeconds(6));
            relay.sweep(t);
        } finally {
            clock.reset();
        }
        Eventually.until("the retry", () -> probe.committed(sent.get(1)) == 1);
        assertEquals(1, probe.committed(sent.get(0)), "a retry hands over only what failed");
        assertEquals(1, probe.committed(sent.get(2)), "a retry hands over only what failed");
        assertEquals(1, probe.handed(sent.get(2)), "the batch stopped at the failure, so it was handed only alone");
        assertEquals(0, AdminSql.count("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND delivered_at IS NULL", t));
    }

    @Test
    void oneTenantsWorkCannotPublishAnotherTenantsEvent() {
        String a = AdminSql.tenant(Codes.tenant("ob"));
        String b = AdminSql.tenant(Codes.tenant("ob"));
        assertThrows(IllegalStateException.class,
                () -> tenants.runAs(a, () -> events.publish(new TenantOnboarded(b, Instant.now(), false))));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM outbox_event WHERE tenant_id IN (?, ?)", a, b));
    }

    @Test
    void deliveredRowsArePrunedAfterTheirKeepingTimeAndUndeliveredOnesStay() {
        String t = AdminSql.tenant(Codes.tenant("ob"));
        String insert = "INSERT INTO outbox_event (tenant_id, id, type, payload, created_at, delivered_at, attempts) "
                + "VALUES (?, gen_random_uuid(), 'x', '{}', now() - ?::interval, now() - ?::interval, ?)";
        AdminSql.update(insert, t, "9 days", "9 days", 1);
        AdminSql.update(insert, t, "1 day", "1 day", 1);
        AdminSql.update("INSERT INTO outbox_event (tenant_id, id, type, payload, created_at, attempts, next_attempt_at) "
                + "VALUES (?, gen_random_uuid(), 'x', '{}', now() - interval '9 days', 3, now() + interval '1 hour')", t);
        assertEquals(1, relay.prune(t));
        assertEquals(2, AdminSql.count("SELECT count(*) FROM outbox_event WHERE tenant_id = ?", t));
    }
}
