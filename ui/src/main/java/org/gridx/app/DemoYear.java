package org.gridx.app;

import io.quarkus.arc.Arc;
import java.io.PrintStream;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.demo.service.HistoryInput;
import org.gridx.core.demo.service.HistoryRuns;

/**
 * The single-machine run gives the demo street a year of history at the seed report's scale in the
 * background, so whoever opens the board or the scorecards first sees a working street, not an empty one.
 * Same seed every start: once the year is there, a start adds nothing (its batches are skipped).
 */
final class DemoYear {

    private DemoYear() {
    }

    static void start(PrintStream out) {
        TenantContext tenants = Arc.container().instance(TenantContext.class).get();
        HistoryRuns runs = Arc.container().instance(HistoryRuns.class).get();
        try {
            tenants.runAs(DemoTenant.CODE, () -> runs.start(new HistoryInput(null, null, null, null, null).checked()));
            out.println("  a year of demo history (314 cases, 36,827 visits, 318 appeals) is being written in the "
                    + "background; GRIDX_DEMO_YEAR=false skips it");
        } catch (RuntimeException e) {
            out.println("  no demo history: " + e.getMessage());
        }
    }
}
