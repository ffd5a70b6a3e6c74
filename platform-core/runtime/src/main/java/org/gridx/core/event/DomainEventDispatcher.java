package org.gridx.core.event;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.ObserverMethod;
import jakarta.inject.Inject;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.module.ForModule;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.modules.domain.TenantModule;
import org.gridx.core.modules.service.ModuleRegistry;

/**
 * Delivers committed events: first to the core's unqualified observers, then, for each module the event's
 * tenant has enabled (in dependency order), to that module's {@code @ForModule(id)} observers. Observers
 * are called one by one, each in its own transaction as the event's tenant, so one failing observer is
 * logged and rolls back only its own work. Observers are resolved by hand because CDI would also hand a
 * qualified copy to every unqualified observer, delivering each event to the core once per module.
 */
@ApplicationScoped
public class DomainEventDispatcher {

    @Inject
    BeanManager beans;
    @Inject
    TenantContext tenant;
    @Inject
    ModuleRegistry registry;

    /** Never throws: the change has committed already, so a delivery problem is logged, not reported back. */
    void deliver(List<DomainEvent> events) {
        for (DomainEvent event : events) {
            try {
                deliver(event);
            } catch (RuntimeException e) {
                Log.errorf(e, "could not deliver %s", event);
            }
        }
    }

    private void deliver(DomainEvent event) {
        notifyAll(event, o -> o.getObservedQualifiers().stream().noneMatch(ForModule.class::isInstance), "core");
        for (String moduleId : enabledModules(event.tenantId())) {
            notifyAll(event, o -> o.getObservedQualifiers().stream()
                    .anyMatch(q -> q instanceof ForModule f && f.value().equals(moduleId)), moduleId,
                    ForModule.Literal.of(moduleId));
        }
    }

    private List<String> enabledModules(String tenantId) {
        List<String> enabled = tenant.callAs(tenantId, TenantModule::enabledIds);
        return registry.dependencyOrder().stream().filter(enabled::contains).toList();
    }

    private void notifyAll(DomainEvent event, Predicate<ObserverMethod<?>> mine, String target, Annotation... qualifiers) {
        Set<ObserverMethod<? super DomainEvent>> observers = beans.resolveObserverMethods(event,
                qualifiers.length == 0 ? new Annotation[] {Default.Literal.INSTANCE} : qualifiers);
        observers.stream().filter(mine).forEach(o -> {
            try {
                tenant.runAs(event.tenantId(), () -> cast(o).notify(new Delivery<>(event, qualifiers)));
            } catch (RuntimeException e) {
                Log.errorf(e, "observer %s (%s) failed on %s; other observers still get it",
                        o.getBeanClass().getName(), target, event);
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static ObserverMethod<DomainEvent> cast(ObserverMethod<?> o) {
        return (ObserverMethod<DomainEvent>) o;
    }
}
