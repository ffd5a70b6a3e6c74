package org.gridx.app.timer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridx.core.timer.service.DueTimer;
import org.gridx.core.timer.service.TimerHandler;
import org.gridx.core.timer.service.Timers;

/**
 * Test handler of kind {@code test.flaky}: fails the first {@code failTimes} attempts (payload), each time
 * after scheduling a {@code test.count} timer for {@code sideSubject}, which the rollback must undo.
 * With {@code error} it throws an {@link Error} instead of an exception. With {@code repeat} in the payload it schedules itself again an hour later when it succeeds, like a
 * repeating reminder.
 */
@ApplicationScoped
public class FlakyTimerHandler implements TimerHandler {

    public static final String KIND = "test.flaky";

    private final Map<UUID, AtomicInteger> attempts = new ConcurrentHashMap<>();

    @Inject
    Timers timers;

    int attempts(UUID subject) {
        AtomicInteger n = attempts.get(subject);
        return n == null ? 0 : n.get();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void fire(DueTimer timer) {
        int attempt = attempts.computeIfAbsent(timer.subjectId(), k -> new AtomicInteger()).incrementAndGet();
        Map<String, String> p = timer.payload();
        if (attempt <= Integer.parseInt(p.getOrDefault("failTimes", "0"))) {
            if (p.containsKey("sideSubject")) {
                timers.schedule(CountingTimerHandler.KIND, UUID.fromString(p.get("sideSubject")), timer.dueAt(), Map.of());
            }
            if (p.containsKey("error")) {
                throw new StackOverflowError("flaky handler overflows on attempt " + attempt);
            }
            throw new IllegalStateException("flaky handler fails attempt " + attempt);
        }
        if (p.containsKey("repeat")) {
            timers.schedule(KIND, timer.subjectId(), timer.dueAt().plus(Duration.ofHours(1)), Map.of("round", String.valueOf(attempt)));
        }
    }
}
