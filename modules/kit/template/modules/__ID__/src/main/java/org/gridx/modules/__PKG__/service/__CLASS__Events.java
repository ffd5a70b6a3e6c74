package org.gridx.modules.__PKG__.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.event.TenantOnboarded;
import org.gridx.api.module.ForModule;
import org.gridx.api.tenant.TenantContext;
import org.gridx.modules.__PKG__.__CLASS__Module;
import org.jboss.logging.Logger;

/**
 * Core events this module follows. The core delivers them after commit, only for tenants that enabled the
 * module, with that tenant set. Replace the bodies with what the module does (e.g. open a case, seed data);
 * the last events are kept so the contract test can see who received what.
 */
@ApplicationScoped
public class __CLASS__Events {

    private static final Logger LOG = Logger.getLogger(__CLASS__Events.class);
    private static final int KEEP = 200;

    private final List<DomainEvent> recent = new ArrayList<>();

    @Inject
    TenantContext tenant;

    void onboarded(@Observes @ForModule(__CLASS__Module.ID) TenantOnboarded event) {
        LOG.debugf("tenant %s onboarded (current tenant %s)", event.tenantId(), tenant.current().orElse("-"));
        remember(event);
    }

    private synchronized void remember(DomainEvent event) {
        recent.add(event);
        if (recent.size() > KEEP) {
            recent.remove(0);
        }
    }

    /** The last events received, oldest first. */
    public synchronized List<DomainEvent> recent() {
        return List.copyOf(recent);
    }
}
