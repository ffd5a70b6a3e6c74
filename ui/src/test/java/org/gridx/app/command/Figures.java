package org.gridx.app.command;

import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;

/**
 * Makes a tenant's figures current before a test reads the board. The catch-up can collide with the outbox
 * projector folding the same case at that moment (both insert its first fact: a duplicate key, the catch-up
 * fails and the projector's row stands), so it is run again until it finds nothing left behind.
 */
final class Figures {

    private Figures() {
    }

    static void current(TenantContext tenants, FactCatchUp catchUp, String tenant) {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                tenants.callAs(tenant, () -> catchUp.runNow());
                if (tenants.callAs(tenant, () -> catchUp.status().behind()) == 0) {
                    return;
                }
            } catch (IllegalStateException e) {
                last = e; // raced with the projector on the same case: its row stands, try again
            }
        }
        throw new AssertionError("the figures of " + tenant + " did not become current", last);
    }
}
