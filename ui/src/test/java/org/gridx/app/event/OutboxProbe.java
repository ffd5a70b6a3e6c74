package org.gridx.app.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridx.api.event.CaseChanged;
import org.gridx.api.event.TenantOnboarded;

/**
 * Test-only core observers for the outbox tests: one records case events as delivered (to compare with
 * what was published), one fails the first time it sees an event of a tenant whose code starts with
 * "flaky" and succeeds afterwards, counting its calls.
 */
@ApplicationScoped
public class OutboxProbe {

    private final List<CaseChanged> cases = new CopyOnWriteArrayList<>();
    private final Map<TenantOnboarded, AtomicInteger> flakyCalls = new ConcurrentHashMap<>();

    void record(@Observes CaseChanged event) {
        cases.add(event);
    }

    void flaky(@Observes TenantOnboarded event) {
        if (!event.tenantId().startsWith("flaky")) {
            return;
        }
        if (flakyCalls.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet() == 1) {
            throw new IllegalStateException("flaky observer fails the first time for " + event.tenantId());
        }
    }

    public List<CaseChanged> cases(String tenant) {
        return cases.stream().filter(c -> c.tenantId().equals(tenant)).toList();
    }

    public int flakyCalls(TenantOnboarded event) {
        AtomicInteger n = flakyCalls.get(event);
        return n == null ? 0 : n.get();
    }
}
