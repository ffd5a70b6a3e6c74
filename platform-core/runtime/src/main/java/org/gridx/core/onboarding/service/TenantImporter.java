package org.gridx.core.onboarding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.event.TenantOnboarded;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.onboarding.definition.TenantDefinition;
import org.gridx.core.tenancy.domain.Tenant;
import org.gridx.core.tenancy.service.TenantDirectory;

/**
 * Writes a valid definition, all or nothing: one transaction as the tenant (both tenancy walls apply to
 * every row written), in dependency order: tenant row, grid (parents first), departments, accounts (which
 * refer to departments), modules. Re-importing the same definition is stopped by its hash; otherwise
 * rows are compared field by field and only differences are written.
 */
@ApplicationScoped
public class TenantImporter {

    @Inject
    TenantContext tenants;
    @Inject
    AccountUpserter accounts;
    @Inject
    ModuleUpserter modules;
    @Inject
    DisposalListUpserter disposalList;
    @Inject
    DutiesPatrolUpserter dutiesPatrol;
    @Inject
    TenantDirectory directory;
    @Inject
    Instance<DomainEvents> events;

    ImportReport run(TenantDefinition def, String hash, ImportOptions options, long startNanos) {
        String code = def.tenant().code();
        ImportReport report = tenants.callAs(code, () -> write(def, hash, options, startNanos));
        directory.forget(code);
        return report;
    }

    private ImportReport write(TenantDefinition def, String hash, ImportOptions options, long startNanos) {
        Tenant existing = Tenant.findById(def.tenant().code());
        if (existing != null && hash.equals(existing.definitionHash) && !options.force()) {
            return ImportReports.sameHash(def, startNanos);
        }
        Map<String, Tally> tallies = new LinkedHashMap<>();
        ImportReports.KINDS.forEach(k -> tallies.put(k, new Tally()));
        Tally.Outcome tenantOutcome = TenantRowUpserter.upsert(existing, def.tenant(), tallies.get("tenant"));
        Tenant.flush();
        GridNodeUpserter.upsert(def.grid(), tallies.get("gridNodes"));
        DepartmentUpserter.upsert(def.departments(), tallies.get("departments"));
        Tenant.flush();
        Map<String, String> generated = accounts.upsert(def.accounts(), options.initialPassword(), tallies.get("accounts"));
        modules.apply(def.modules(), options.actor(), tallies.get("modules"));
        Tenant.flush();
        PostUpserter.upsert(def.posts(), tallies.get("posts"));
        disposalList.apply(def.disposalList(), options.actor(), tallies.get("disposalListItems"));
        dutiesPatrol.applyDuties(def.duties(), tallies.get("duties"));
        dutiesPatrol.applyPatrol(def.patrolChecklist(), tallies.get("patrolItems"));
        Tenant tenant = Tenant.findById(def.tenant().code());
        tenant.definitionHash = hash;
        boolean changed = tallies.values().stream().anyMatch(t -> t.counts().changed());
        if (changed) {
            publish(new TenantOnboarded(tenant.code, Instant.now(), tenantOutcome == Tally.Outcome.CREATED));
        }
        String outcome = tenantOutcome == Tally.Outcome.CREATED ? ImportReport.CREATED
                : changed ? ImportReport.UPDATED : ImportReport.UNCHANGED;
        return ImportReports.written(def, outcome, tallies, generated, startNanos);
    }

    /**
     * Through the platform's transactional event bus when this build has one (observers see the event
     * after commit, so a rolled-back import announces nothing).
     */
    private void publish(TenantOnboarded event) {
        if (events.isResolvable()) {
            events.get().publish(event);
        }
    }
}
