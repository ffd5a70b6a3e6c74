package org.gridx.core.onboarding.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.gridx.core.onboarding.definition.TenantDefinition;
import org.gridx.core.onboarding.definition.TenantDefinition.GridNodeSpec;

/** Builds the three shapes of report: written, stopped by the hash, and dry run. */
final class ImportReports {

    static final List<String> KINDS = List.of("tenant", "gridNodes", "departments", "accounts", "modules", "posts",
            "disposalListItems", "duties", "patrolItems");

    private ImportReports() {
    }

    static ImportReport written(TenantDefinition def, String outcome, Map<String, Tally> tallies,
            Map<String, String> generated, long startNanos) {
        Map<String, KindCounts> counts = new LinkedHashMap<>();
        tallies.forEach((kind, tally) -> counts.put(kind, tally.counts()));
        List<String> notes = new ArrayList<>();
        if (counts.values().stream().anyMatch(c -> !c.absent().isEmpty())) {
            notes.add(ImportReport.NEVER_DELETES);
        }
        return new ImportReport(def.tenant().code(), outcome, false, sizes(def), counts, generated, notes, millis(startNanos));
    }

    static ImportReport sameHash(TenantDefinition def, long startNanos) {
        Map<String, KindCounts> counts = new LinkedHashMap<>();
        sizes(def).forEach((kind, n) -> counts.put(kind, new KindCounts(0, 0, n, List.of())));
        return new ImportReport(def.tenant().code(), ImportReport.UNCHANGED, false, sizes(def), counts, Map.of(),
                List.of(ImportReport.SAME_HASH), millis(startNanos));
    }

    static ImportReport dryRun(TenantDefinition def, long startNanos) {
        return new ImportReport(def.tenant().code(), ImportReport.VALID, true, sizes(def), Map.of(), Map.of(),
                List.of("Dry run: the definition is valid; nothing was written."), millis(startNanos));
    }

    static Map<String, Integer> sizes(TenantDefinition def) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        sizes.put("tenant", 1);
        sizes.put("gridNodes", countNodes(def.grid()));
        sizes.put("departments", def.departments().size());
        sizes.put("accounts", def.accounts().size());
        sizes.put("modules", def.modules().size());
        sizes.put("posts", def.posts().size());
        sizes.put("disposalListItems", def.disposalList() == null ? 0 : def.disposalList().items().size());
        sizes.put("duties", def.duties() == null ? 0 : def.duties().size());
        sizes.put("patrolItems", def.patrolChecklist() == null ? 0 : def.patrolChecklist().size());
        return sizes;
    }

    private static int countNodes(GridNodeSpec node) {
        return 1 + node.children().stream().mapToInt(ImportReports::countNodes).sum();
    }

    private static long millis(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }
}
