package org.gridx.core.event;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.module.ForModule;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.modules.domain.TenantModule;
import org.gridx.core.modules.service.ModuleRegistry;

/**
 * Delivers committed events (handed over by the outbox relay): first to the core's unqualified observers,
 * then, for each module the event's tenant has enabled (in dependency order), to that module's
 * {@code @ForModule(id)} observers. Observers are called one by one, each in its own transaction as the
 * event's tenant, so one failing observer rolls back only its own work and the others still get the
 * event; the failures are returned so the relay retries exactly those observers. Observers are resolved
 * by hand because CDI would also hand a qualified copy to every unqualified observer, delivering each
 * event to the core once per module.
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

    /**
     * Hands {@code event} to its observers, or only to those named in {@code only} when it is not empty (a
     * retry); returns the observers that failed, by {@link #key}, with their error. Never throws.
     */
    Map<String, String> deliver(DomainEvent event, Set<String> only) {
        Map<String, String> failed = new LinkedHashMap<>();
        notifyAll(event, only, failed, o -> o.getObservedQualifiers().stream().noneMatch(ForModule.class::isInstance), "core");
        List<String> modules;
        try {
            modules = enabledModules(event.tenantId());
        } catch (RuntimeException e) {
            failed.put(ALL_MODULES, "could not read the tenant's enabled modules: " + e);
            return failed;
        }
        for (String moduleId : modules) {
            notifyAll(event, only, failed, o -> o.getObservedQualifiers().stream()
                    .anyMatch(q -> q instanceof ForModule f && f.value().equals(moduleId)), moduleId,
                    ForModule.Literal.of(moduleId));
        }
        return failed;
    }

    private List<String> enabledModules(String tenantId) {
        List<String> enabled = tenant.callAs(tenantId, TenantModule::enabledIds);
        return registry.dependencyOrder().stream().filter(enabled::contains).toList();
    }

    private void notifyAll(DomainEvent event, Set<String> only, Map<String, String> failed,
            Predicate<ObserverMethod<?>> mine, String target, Annotation... qualifiers) {
        Set<ObserverMethod<? super DomainEvent>> observers = beans.resolveObserverMethods(event,
                qualifiers.length == 0 ? new Annotation[] {Default.Literal.INSTANCE} : qualifiers);
        observers.stream().filter(mine).forEach(o -> {
            String key = key(target, o);
            boolean wanted = only.isEmpty() || only.contains(key) || (qualifiers.length > 0 && only.contains(ALL_MODULES));
            if (!wanted) {
                return;
            }
            try {
                tenant.runAs(event.tenantId(), () -> cast(o).notify(new Delivery<>(event, qualifiers)));
            } catch (RuntimeException e) {
                Log.errorf(e, "observer %s failed on %s; other observers still get it, this one is retried", key, event);
                failed.put(key, String.valueOf(rootCause(e)));
            }
        });
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
