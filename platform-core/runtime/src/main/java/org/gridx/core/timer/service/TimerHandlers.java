package org.gridx.core.timer.service;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** The {@link TimerHandler} beans by kind. Two handlers for one kind stop the application at startup. */
@ApplicationScoped
public class TimerHandlers {

    private final Map<String, TimerHandler> byKind = new HashMap<>();

    @Inject
    TimerHandlers(@Any Instance<TimerHandler> handlers) {
        for (TimerHandler h : handlers) {
            TimerHandler earlier = byKind.putIfAbsent(h.kind(), h);
            if (earlier != null) {
                throw new IllegalStateException("two timer handlers for kind '" + h.kind() + "': "
                        + earlier.getClass().getName() + " and " + h.getClass().getName());
            }
        }
    }

    void check(@Observes StartupEvent event) {
        // Observing startup creates the bean, so a duplicate kind fails the start rather than the first sweep.
        Log.infof("timer handlers for kinds %s", new TreeSet<>(byKind.keySet()));
    }

    public Optional<TimerHandler> forKind(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }
}
