package org.gridx.app.assessment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;

/** Makes a tenant's figures current (projects every case behind its timeline) before a test reads them. */
@ApplicationScoped
public class Figures {

    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;

    public void current(String tenant) {
        tenants.callAs(tenant, () -> catchUp.runNow());
    }
}
