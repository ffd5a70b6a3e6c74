package org.gridx.testkit.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.module.ForModule;
import org.gridx.api.tenant.TenantContext;

/**
 * Records the domain events the sample modules receive, with the tenant that was current while the
 * observer ran, so tests can check who got what, as whom, and when.
 */
@ApplicationScoped
public class SampleEventLog {

    /** One delivery: the receiving module, the tenant current during delivery, and the event. */
    public record Received(String moduleId, String currentTenant, DomainEvent event) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();

    @Inject
    TenantContext tenant;

    void notes(@Observes @ForModule(SampleNotesModule.ID) DomainEvent event) {
        received.add(new Received(SampleNotesModule.ID, tenant.current().orElse(null), event));
    }

    void board(@Observes @ForModule(SampleBoardModule.ID) DomainEvent event) {
        received.add(new Received(SampleBoardModule.ID, tenant.current().orElse(null), event));
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** What {@code moduleId} received. */
    public List<DomainEvent> of(String moduleId) {
        return received.stream().filter(r -> r.moduleId().equals(moduleId)).map(Received::event).toList();
    }
}
