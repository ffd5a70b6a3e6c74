package org.gridx.core.modules.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.event.ModuleDisabled;
import org.gridx.api.event.ModuleEnabled;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.ModuleSettings;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.modules.domain.TenantModule;

/**
 * Turns modules on and off for the current tenant, with validated settings. Runs in the caller's
 * transaction and tenant (the onboarding import enables many modules in one transaction), so the
 * lifecycle hooks and the enablement row commit or roll back together.
 */
@ApplicationScoped
public class ModuleEnablementService {

    @Inject
    ModuleRegistry registry;
    @Inject
    TenantContext tenant;
    @Inject
    DomainEvents events;

    /**
     * Enables {@code moduleId} for the current tenant with {@code settings} (missing keys take defaults).
     * Throws a 422 ProblemException naming every invalid setting, 409 when a required module is off;
     * returns true when anything changed (the same settings again write nothing).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enable(String moduleId, Map<String, Object> settings, String actor) {
        GridxModule module = registry.require(moduleId);
        ModuleManifest manifest = module.manifest();
        ModuleSettings effective = ModuleSettingsResolver.resolve(manifest, settings);
        List<String> off = manifest.requires().stream()
                .filter(r -> !TenantModule.findLocked(r, LockModeType.PESSIMISTIC_READ).map(t -> t.enabled).orElse(false))
                .toList();
        if (!off.isEmpty()) {
            throw ProblemException.conflict("Module '" + moduleId + "' needs " + quoted(off)
                    + " enabled first. Enable " + (off.size() == 1 ? "it" : "them") + ", then try again.");
        }
        TenantModule row = TenantModule.findLocked(moduleId, LockModeType.PESSIMISTIC_WRITE).orElseGet(TenantModule::new);
        if (row.enabled && ModuleSettingsResolver.fromStored(manifest, row.settings).equals(effective)) {
            return false;
        }
        row.moduleId = moduleId;
        row.enabled = true;
        row.settings = new HashMap<>(effective.values());
        touch(row, actor);
        module.lifecycle().onEnable(tenant.require(), effective);
        events.publish(new ModuleEnabled(tenant.require(), row.updatedAt, moduleId));
        return true;
    }

    /**
     * Disables {@code moduleId} for the current tenant; its data stays. 409 while another enabled module
     * requires it. Returns true when it was on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean disable(String moduleId, String actor) {
        GridxModule module = registry.require(moduleId);
        TenantModule row = TenantModule.findLocked(moduleId, LockModeType.PESSIMISTIC_WRITE).orElse(null);
        if (row == null || !row.enabled) {
            return false;
        }
        List<String> dependents = registry.requiredBy(moduleId).stream()
                .filter(d -> TenantModule.findByModule(d).map(t -> t.enabled).orElse(false)).toList();
        if (!dependents.isEmpty()) {
            throw ProblemException.conflict("Module '" + moduleId + "' is required by " + quoted(dependents)
                    + ", which " + (dependents.size() == 1 ? "is" : "are") + " enabled. Disable "
                    + (dependents.size() == 1 ? "it" : "them") + " first.");
        }
        row.enabled = false;
        touch(row, actor);
        module.lifecycle().onDisable(tenant.require());
        events.publish(new ModuleDisabled(tenant.require(), row.updatedAt, moduleId));
        return true;
    }

    /**
     * Runs the module's seed hook (starter or demo content) for the current tenant; the module must be on.
     * Seeds are idempotent, so onboarding may call this on every import.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seed(String moduleId) {
        GridxModule module = registry.require(moduleId);
        TenantModule row = TenantModule.findByModule(moduleId).filter(t -> t.enabled).orElseThrow(() ->
                ProblemException.conflict("Module '" + moduleId + "' is not enabled for this tenant; enable it before seeding."));
        module.lifecycle().seed(tenant.require(), ModuleSettingsResolver.fromStored(module.manifest(), row.settings));
    }

    private static void touch(TenantModule row, String actor) {
        row.updatedAt = Instant.now();
        row.updatedBy = actor;
        row.persist();
    }

    private static String quoted(List<String> ids) {
        return String.join(", ", ids.stream().map(i -> "'" + i + "'").toList());
    }
}
