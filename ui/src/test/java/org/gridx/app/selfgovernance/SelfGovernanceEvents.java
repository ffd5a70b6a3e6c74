package org.gridx.app.selfgovernance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.event.TenantOnboarded;
import org.gridx.api.module.ForModule;
import org.gridx.modules.selfgovernance.SelfGovernanceModule;

/** Test-only observer: records the core events delivered to the self-governance module. */
@ApplicationScoped
public class SelfGovernanceEvents {

    private final List<DomainEvent> received = new CopyOnWriteArrayList<>();

    void on(@Observes @ForModule(SelfGovernanceModule.ID) TenantOnboarded e) {
        received.add(e);
    }

    public List<DomainEvent> received() {
        return List.copyOf(received);
    }
}
