package org.gridx.app.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.event.ModuleEnabled;
import org.gridx.api.event.TenantOnboarded;
import org.gridx.core.event.OutboxRelay;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.Eventually;
import org.gridx.testkit.contract.ContractFixtures;
import org.gridx.testkit.sample.SampleEventLog;
import org.junit.jupiter.api.Test;

/**
 * Domain events reach observers after commit (through the outbox), once, as the event's tenant, and only
 * enabled modules; a failing observer is retried on its own.
 */
@QuarkusTest
class DomainEventDeliveryTest {

    @Inject
    DomainEvents events;
    @Inject
    SampleEventLog modules;
    @Inject
    CoreEventProbe core;
    @Inject
    OutboxRelay relay;

    @Test
    void deliveredAfterCommitOnceToTheCoreAndOnlyToModulesTheTenantEnabled() {
        String t = ContractFixtures.tenant();
        ContractFixtures.enable(t, "sample-notes");
        TenantOnboarded e = new TenantOnboarded(t, Instant.now(), true);
        QuarkusTransaction.requiringNew().run(() -> {
            events.publish(e);
            assertFalse(modules.of("sample-notes").contains(e), "delivered before commit");
            assertEquals(0, core.count(e), "delivered to the core before commit");
        });
        Eventually.outboxSettled(t);
        assertTrue(modules.of("sample-notes").contains(e));
        assertFalse(modules.of("sample-board").contains(e), "sample-board is off for the tenant");
        assertEquals(1, core.count(e), "core observers get each event once, not once per module");
        assertTrue(modules.received().stream().filter(r -> r.event().equals(e)).allMatch(r -> t.equals(r.currentTenant())),
                "module observers run as the event's tenant");
    }

    @Test
    void aRolledBackTransactionDeliversNothing() {
        String t = ContractFixtures.tenant();
        ContractFixtures.enable(t, "sample-notes");
        TenantOnboarded e = new TenantOnboarded(t, Instant.now(), true);
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            events.publish(e);
            throw new IllegalStateException("the change fails after publishing");
        }));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND type = ?", t,
                TenantOnboarded.class.getName()), "the outbox keeps no row of it");
        relay.sweep(t);
        assertFalse(modules.of("sample-notes").contains(e));
        assertEquals(0, core.count(e));
    }

    @Test
    void aFailingObserverDoesNotStopTheOthers() {
        String t = AdminSql.tenant(Codes.tenant("boom"));
        ContractFixtures.enable(t, "sample-board");
        TenantOnboarded e = new TenantOnboarded(t, Instant.now(), false);
        QuarkusTransaction.requiringNew().run(() -> events.publish(e));
        Eventually.outboxSettled(t);
        assertEquals(1, core.count(e));
        assertTrue(modules.of("sample-notes").contains(e));
        assertTrue(modules.of("sample-board").contains(e));
        var row = AdminSql.query("SELECT attempts, delivered_at, last_error, next_attempt_at FROM outbox_event "
                + "WHERE tenant_id = ? AND type = ?", t, TenantOnboarded.class.getName()).get(0);
        assertEquals(1, row.get("attempts"), "the failure is counted");
        assertEquals(null, row.get("delivered_at"), "an event with a failed observer waits for its retry");
        assertTrue(String.valueOf(row.get("last_error")).contains("fails on purpose"), "the error is kept: " + row.get("last_error"));
        assertTrue(row.get("next_attempt_at") != null, "a retry is scheduled");
    }

    @Test
    void enablingAModulePublishesModuleEnabledWhichTheModuleItselfReceives() {
        String t = ContractFixtures.tenant();
        ContractFixtures.enable(t, "sample-notes");
        Eventually.outboxSettled(t);
        List<ModuleEnabled> enabled = modules.of("sample-notes").stream().filter(ModuleEnabled.class::isInstance)
                .map(ModuleEnabled.class::cast).filter(m -> m.tenantId().equals(t)).toList();
        assertEquals(1, enabled.size());
        assertEquals("sample-notes", enabled.get(0).moduleId());
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThrows(IllegalStateException.class,
                () -> events.publish(new TenantOnboarded(ContractFixtures.tenant(), Instant.now(), false)));
    }
}
