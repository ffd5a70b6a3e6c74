package org.gridx.core.event;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.module.ForModule;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.modules.service.EnabledModules;
import org.gridx.core.modules.service.ModuleRegistry;

/**
 * Delivers committed events (handed over by the outbox relay): first to the core's unqualified observers,
 * then, for each module the event's tenant has enabled (in dependency order), to that module's
 * {@code @ForModule(id)} observers. A relay batch reaches each observer in one transaction as the tenant,
 * events in sequence order: per-event transactions cost a commit, a connection checkout and its tenant
 * stamp per event and observer, which under steady reporting was most of the relay's database time. When
 * that transaction fails, the observer gets the batch's events again one by one, each in its own
 * transaction, so only the failing events roll back and are retried, the rest count as delivered, and the
 * other observers never see the failure. Observers are resolved by hand because CDI would also hand a
 * qualified copy to every unqualified observer, delivering each event to the core once per module.
 */
@ApplicationScoped
public class DomainEventDispatcher {

    /** Stands for every module observer when the tenant's modules could not even be read. */
    static final String ALL_MODULES = "modules";

    @Inject
    BeanManager beans;
    @Inject
    TenantContext tenant;
    @Inject
    ModuleRegistry registry;
    @Inject
    EventDelivery delivery;
    @Inject
    EnabledModules enabledModules;

    private final Map<String, List<ObserverMethod<DomainEvent>>> resolved = new ConcurrentHashMap<>();

    /**
     * Hands the events of one tenant to their observers, each limited to its {@link Pending#only} when that is
     * not empty (a retry); returns, by sequence number, the observers that failed (by {@link #key}) with their
     * error. Never throws.
     */
    Map<Long, Map<String, String>> deliver(String tenantId, List<Pending> batch) {
        Map<Long, Map<String, String>> failed = new HashMap<>();
        if (batch.isEmpty()) {
            return failed;
        }
        notifyAll(tenantId, batch, failed, "core");
        List<String> modules;
        try {
            modules = enabledModules(tenantId);
        } catch (RuntimeException e) {
            batch.forEach(p -> failure(failed, p, ALL_MODULES, "could not read the tenant's enabled modules: " + e));
            return failed;
        }
        modules.forEach(moduleId -> notifyAll(tenantId, batch, failed, moduleId, ForModule.Literal.of(moduleId)));
        return failed;
    }

    private List<String> enabledModules(String tenantId) {
        // its own transaction, so a failure here is recorded instead of undoing the batch; once a batch
        List<String> enabled = tenant.callAs(tenantId, enabledModules::ids);
        return registry.dependencyOrder().stream().filter(enabled::contains).toList();
    }

    private void notifyAll(String tenantId, List<Pending> batch, Map<Long, Map<String, String>> failed, String target,
            Annotation... qualifiers) {
        Map<ObserverMethod<DomainEvent>, List<Pending>> work = new LinkedHashMap<>();
        for (Pending p : batch) {
            for (ObserverMethod<DomainEvent> o : observers(p.event(), target, qualifiers)) {
                String key = key(target, o);
                if (p.only().isEmpty() || p.only().contains(key) || (qualifiers.length > 0 && p.only().contains(ALL_MODULES))) {
                    work.computeIfAbsent(o, k -> new ArrayList<>()).add(p);
                }
            }
        }
        work.forEach((o, events) -> {
            Failed f = handOver(tenantId, o, events, qualifiers);
            if (f == null) {
                return;
            }
            // blamed: the event it threw on; unknown when the failure came at commit with several events
            Pending blamed = events.size() == 1 ? events.get(0) : f.on();
            if (blamed != null) {
                failure(failed, blamed, target, o, f.error());
            }
            // the batch rolled back with it: the others again, each on its own
            for (Pending p : events) {
                Failed alone = p == blamed ? null : handOver(tenantId, o, List.of(p), qualifiers);
                if (alone != null) {
                    failure(failed, p, target, o, alone.error());
                }
            }
        });
    }

    /** Why a hand-over rolled back: the event the observer threw on (null when the commit failed), and the error. */
    private record Failed(Pending on, RuntimeException error) {
    }

    /** Hands {@code events} to {@code o} in one transaction; null when it committed. */
    private Failed handOver(String tenantId, ObserverMethod<DomainEvent> o, List<Pending> events, Annotation[] qualifiers) {
        Pending[] current = new Pending[1];
        try {
            tenant.runAs(tenantId, () -> {
                for (Pending p : events) {
                    current[0] = p;
                    delivery.during(p.seq(), () -> {
                        o.notify(new Delivery<>(p.event(), qualifiers));
                        return null;
                    });
                }
                current[0] = null;
            });
            return null;
        } catch (RuntimeException e) {
            return new Failed(current[0], e);
        }
    }

    /** The core's (no qualifier) or one module's observers of this event's type, resolved once per type. */
    private List<ObserverMethod<DomainEvent>> observers(DomainEvent event, String target, Annotation[] qualifiers) {
        return resolved.computeIfAbsent(event.getClass().getName() + "@" + target, k -> {
            Predicate<ObserverMethod<?>> mine = qualifiers.length == 0
                    ? o -> o.getObservedQualifiers().stream().noneMatch(ForModule.class::isInstance)
                    : o -> o.getObservedQualifiers().stream().anyMatch(q -> q instanceof ForModule f && f.value().equals(target));
            Set<ObserverMethod<? super DomainEvent>> all = beans.resolveObserverMethods(event,
                    qualifiers.length == 0 ? new Annotation[] {Default.Literal.INSTANCE} : qualifiers);
            return all.stream().filter(mine).map(DomainEventDispatcher::cast).toList();
        });
    }

    private static void failure(Map<Long, Map<String, String>> failed, Pending p, String key, String error) {
        failed.computeIfAbsent(p.seq(), s -> new LinkedHashMap<>()).put(key, error);
    }

    private static void failure(Map<Long, Map<String, String>> failed, Pending p, String target, ObserverMethod<?> o,
            RuntimeException e) {
        Log.errorf(e, "observer %s failed on %s; other observers still get it, this one is retried", key(target, o), p.event());
        failure(failed, p, key(target, o), String.valueOf(rootCause(e)));
    }

    /**
     * Names one observer method across restarts: its target (core or module id) and the class ArC generates
     * for it, which carries the bean class and the method's name and signature hash.
     */
    static String key(String target, ObserverMethod<?> o) {
        return target + ":" + o.getClass().getName();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private static ObserverMethod<DomainEvent> cast(ObserverMethod<?> o) {
        return (ObserverMethod<DomainEvent>) o;
    }
}
