package org.gridx.core.modules.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.ModuleSettings;
import org.gridx.core.modules.domain.TenantModule;

/** The read side of enablement: every module in the build as the current tenant sees it. */
@ApplicationScoped
public class ModuleCatalogue {

    /** A module's declaration with this tenant's state and effective settings. */
    public record Entry(ModuleManifest manifest, boolean enabled, ModuleSettings settings) {
    }

    @Inject
    ModuleRegistry registry;

    @Transactional
    public List<Entry> all() {
        Map<String, TenantModule> rows = TenantModule.<TenantModule>listAll().stream()
                .collect(Collectors.toMap(t -> t.moduleId, Function.identity()));
        return registry.all().stream().map(m -> entry(m, rows.get(m.manifest().id()))).toList();
    }

    @Transactional
    public Entry one(String moduleId) {
        GridxModule module = registry.require(moduleId);
        return entry(module, TenantModule.findByModule(moduleId).orElse(null));
    }

    private static Entry entry(GridxModule module, TenantModule row) {
        ModuleManifest m = module.manifest();
        return new Entry(m, row != null && row.enabled, ModuleSettingsResolver.fromStored(m, row == null ? null : row.settings));
    }
}
