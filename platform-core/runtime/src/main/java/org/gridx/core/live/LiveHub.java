package org.gridx.core.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.gridx.api.event.LiveEvent;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;

/**
 * This replica's open streams, kept per tenant: an event is offered only to the streams of its own
 * tenant, and each stream then applies its caller's scope. Keeps streams alive with a comment line and
 * forgets the ones whose browser went away.
 */
@ApplicationScoped
public class LiveHub {

    private final Map<String, Set<LiveSubscriber>> byTenant = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();
    private ScheduledExecutorService keepAlive;

    @Inject
    LiveConfig config;

    void start(@Observes StartupEvent event) {
        keepAlive = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gridx-live-keepalive");
            t.setDaemon(true);
            return t;
        });
        long every = config.keepAlive().toMillis();
        keepAlive.scheduleWithFixedDelay(this::keepAlive, every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (keepAlive != null) {
            keepAlive.shutdownNow();
        }
        byTenant.values().forEach(subs -> subs.forEach(LiveSubscriber::close));
    }

    void add(LiveSubscriber s) {
        if (open.incrementAndGet() > config.maxStreams()) {
            open.decrementAndGet();
            throw new ProblemException(Problem.of(503, "Too many live streams",
                    "This server holds as many live streams as it is set to (gridx.live.max-streams); "
                            + "try again in a minute, or reload the page without live updates."));
        }
        byTenant.computeIfAbsent(s.tenant, t -> ConcurrentHashMap.newKeySet()).add(s);
    }

    void remove(LiveSubscriber s) {
        Set<LiveSubscriber> subs = byTenant.get(s.tenant);
        if (subs != null && subs.remove(s)) {
            open.decrementAndGet();
        }
    }

    public boolean hasSubscribers(String tenant) {
        Set<LiveSubscriber> subs = byTenant.get(tenant);
        return subs != null && !subs.isEmpty();
    }

    /** Offers a delivered live event to the streams of {@code tenant} (never another tenant's). */
    public void publish(String tenant, long seq, LiveEvent event) {
        if (!tenant.equals(event.tenantId())) {
            return;
        }
        forEach(tenant, s -> s.offer(seq, event));
    }

    /** Pushes a new notification to its recipient's streams in {@code tenant}. */
    public void notification(String tenant, String recipient, Object view) {
        forEach(tenant, s -> s.notification(recipient, view));
    }

    public int openStreams() {
        return open.get();
    }

    private void forEach(String tenant, Consumer<LiveSubscriber> action) {
        Set<LiveSubscriber> subs = byTenant.get(tenant);
        if (subs == null) {
            return;
        }
        for (LiveSubscriber s : subs) {
            if (s.closed()) {
                remove(s);
            } else {
                action.accept(s);
            }
        }
    }

    private void keepAlive() {
        for (Set<LiveSubscriber> subs : byTenant.values()) {
            for (LiveSubscriber s : subs) {
                try {
                    if (s.closed()) {
                        remove(s);
                    } else {
                        s.comment("keep-alive", 0);
                    }
                } catch (RuntimeException e) {
                    remove(s);
                }
            }
        }
    }
}
