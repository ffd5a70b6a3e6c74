package org.gridx.app.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.timer.service.DueTimer;
import org.gridx.core.timer.service.TimerHandler;

/**
 * Test handler of kind {@code test.count}: counts firings per timer and notes what it was handed, and as
 * which tenant it ran; {@code sleepMs} in the payload makes a firing take that long (to widen races).
 */
@ApplicationScoped
public class CountingTimerHandler implements TimerHandler {

    public static final String KIND = "test.count";

    // Read through methods only: a test holds a client proxy, whose own fields are not these.
    private final Map<UUID, AtomicInteger> firings = new ConcurrentHashMap<>();
    private final Map<UUID, List<DueTimer>> bySubject = new ConcurrentHashMap<>();
    private final Map<UUID, String> threads = new ConcurrentHashMap<>();
    private final List<String> wrongTenant = new CopyOnWriteArrayList<>();

    @Inject
    TenantContext tenants;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(DueTimer timer) {
        if (!timer.tenantId().equals(tenants.current().orElse(null))) {
            wrongTenant.add(timer.id() + " fired as " + tenants.current());
        }
        firings.computeIfAbsent(timer.id(), k -> new AtomicInteger()).incrementAndGet();
        bySubject.computeIfAbsent(timer.subjectId(), k -> new CopyOnWriteArrayList<>()).add(timer);
        threads.put(timer.id(), Thread.currentThread().getName());
        if (timer.payload().containsKey("sleepMs")) {
            try {
                Thread.sleep(Long.parseLong(timer.payload().get("sleepMs")));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    int timesFired(UUID subject) {
        return fired(subject).size();
    }

    /** The timers of a subject as they were handed to the handler, in firing order. */
    List<DueTimer> fired(UUID subject) {
        return List.copyOf(bySubject.getOrDefault(subject, List.of()));
    }

    int firingsOf(UUID timerId) {
        AtomicInteger n = firings.get(timerId);
        return n == null ? 0 : n.get();
    }

    /** The thread that (last) fired a timer. */
    String thread(UUID timerId) {
        return threads.get(timerId);
    }

    /** Firings that ran as another tenant than the timer's own; must stay empty. */
    List<String> wrongTenant() {
        return List.copyOf(wrongTenant);
    }
}
