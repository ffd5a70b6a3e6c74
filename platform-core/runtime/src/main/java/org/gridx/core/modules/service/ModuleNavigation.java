package org.gridx.core.modules.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.NavEntry;

/**
 * The menu entries modules add for the current tenant: only modules the tenant has enabled, only entries
 * the caller's roles may see, by their declared order. The shared page layout renders these.
 */
@ApplicationScoped
public class ModuleNavigation {

    @Inject
    ModuleRegistry registry;
    @Inject
    EnabledModules enabledModules;

    @Transactional
    public List<NavEntry> entries(Set<String> callerRoles) {
        List<String> enabled = enabledModules.ids();
        return registry.all().stream().filter(m -> enabled.contains(m.manifest().id()))
                .map(GridxModule::manifest).flatMap(m -> m.navigation().stream())
                .filter(n -> n.visibleTo(callerRoles))
                .sorted(Comparator.comparingInt(NavEntry::order).thenComparing(NavEntry::path))
                .toList();
    }
}
