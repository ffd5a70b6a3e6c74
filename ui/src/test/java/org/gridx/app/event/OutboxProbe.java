package org.gridx.app.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridx.api.event.CaseChanged;
import org.gridx.api.event.TenantOnboarded;
import org.gridx.core.event.PerTransaction;

/**
 * Test-only core observers for the outbox tests: one records case events as delivered (to compare with
 * what was published), one fails the first time it sees an event of a tenant whose code starts with
 * "flaky" and succeeds afterwards, counting its calls; a third counts the {@link ProbeEvent}s it is handed and those whose
 * delivery committed, and fails the first time on those marked to.
 */
@ApplicationScoped
public class OutboxProbe {

    private static final Object KEY = OutboxProbe.class;

    private final List<CaseChanged> cases = new CopyOnWriteArrayList<>();
    private final Map<TenantOnboarded, AtomicInteger> flakyCalls = new ConcurrentHashMap<>();
    private final Map<ProbeEvent, AtomicInteger> handed = new ConcurrentHashMap<>();
    private final Map<ProbeEvent, AtomicInteger> committed = new ConcurrentHashMap<>();

    @Inject
    PerTransaction perTransaction;

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

    void probe(@Observes ProbeEvent event) {
        boolean first = handed.computeIfAbsent(event, e -> new AtomicInteger()).incrementAndGet() == 1;
        if (first && event.failOnce()) {
            throw new IllegalStateException("probe event " + event.name() + " fails the first time");
        }
        perTransaction.<ProbeEvent>afterCommit(KEY, delivered -> delivered.forEach(
                e -> committed.computeIfAbsent(e, k -> new AtomicInteger()).incrementAndGet())).add(event);
    }

    /** How often a delivery of this event committed (a delivery rolled back with its batch does not count). */
    public int committed(ProbeEvent event) {
        AtomicInteger n = committed.get(event);
        return n == null ? 0 : n.get();
    }

    /** How often this event was handed over, committed or not. */
    public int handed(ProbeEvent event) {
        AtomicInteger n = handed.get(event);
        return n == null ? 0 : n.get();
    }

    public List<CaseChanged> cases(String tenant) {
        return cases.stream().filter(c -> c.tenantId().equals(tenant)).toList();
    }

    public int flakyCalls(TenantOnboarded event) {
        AtomicInteger n = flakyCalls.get(event);
        return n == null ? 0 : n.get();
    }
}
