package org.gridx.core.tenancy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import org.gridx.api.tenant.TenantContext;

/** The current tenant's time zone, for pages that show or read local dates and times. */
@ApplicationScoped
public class TenantZone {

    @Inject
    TenantContext tenants;
    @Inject
    TenantDirectory directory;

    public ZoneId current() {
        return tenants.current().map(directory::zone).orElse(TenantDirectory.DEFAULT_ZONE);
    }
}
