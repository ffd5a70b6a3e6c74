package org.gridx.app.modules;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridx.api.event.TenantOnboarded;

/**
 * Test-only core observers of committed events: one records (to count deliveries), one always fails for
 * tenants whose code starts with "boom", to prove a failing observer does not stop the others.
 */
@ApplicationScoped
public class CoreEventProbe {

    private final List<TenantOnboarded> received = new CopyOnWriteArrayList<>();

    void record(@Observes TenantOnboarded event) {
        received.add(event);
    }

    void fail(@Observes TenantOnboarded event) {
        if (event.tenantId().startsWith("boom")) {
            throw new IllegalStateException("this observer fails on purpose for " + event.tenantId());
        }
    }

    public long countFor(String tenant) {
        return received.stream().filter(e -> e.tenantId().equals(tenant)).count();
    }

    public long count(TenantOnboarded event) {
        return received.stream().filter(event::equals).count();
    }
}
