package org.gridx.app.command;

import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;

/** Makes a tenant's figures current before a test reads the board (catch-up takes turns with the relay). */
final class Figures {

    private Figures() {
    }

    static void current(TenantContext tenants, FactCatchUp catchUp, String tenant) {
        tenants.callAs(tenant, () -> catchUp.runNow());
    }
}
