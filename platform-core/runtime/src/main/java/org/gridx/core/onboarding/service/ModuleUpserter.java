package org.gridx.core.onboarding.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.core.modules.domain.TenantModule;
import org.gridx.core.modules.service.ModuleEnablementService;
import org.gridx.core.modules.service.ModuleRegistry;
import org.gridx.core.onboarding.definition.TenantDefinition.ModuleSpec;

/**
 * Module enablement as declared, through the same service the tenant-admin page uses (so its settings
 * validation and lifecycle hooks apply). Enables requirements before the modules that need them and
 * disables in the reverse order. Modules the definition does not name are left as they are.
 */
@ApplicationScoped
public class ModuleUpserter {

    @Inject
    ModuleEnablementService enablement;
    @Inject
    ModuleRegistry registry;

    void apply(Map<String, ModuleSpec> modules, String actor, Tally tally) {
        List<String> order = dependencyOrder(modules.keySet());
        for (String id : order) {
            ModuleSpec spec = modules.get(id);
            if (spec.enabled()) {
                tally.count(false, enablement.enable(id, spec.settings(), actor));
            }
        }
        List<String> reversed = new ArrayList<>(order);
        Collections.reverse(reversed);
        for (String id : reversed) {
            if (!modules.get(id).enabled()) {
                tally.count(false, enablement.disable(id, actor));
            }
        }
        tally.absent(TenantModule.<TenantModule>list("enabled", true).stream()
                .map(m -> m.moduleId).filter(id -> !modules.containsKey(id)).toList());
    }

    /** Each module after the modules it requires (the registry has already ruled out cycles). */
    private List<String> dependencyOrder(Set<String> ids) {
        Set<String> ordered = new LinkedHashSet<>();
        ids.stream().sorted().forEach(id -> visit(id, ids, ordered));
        return new ArrayList<>(ordered);
    }

    private void visit(String id, Set<String> ids, Set<String> ordered) {
        if (ordered.contains(id) || !ids.contains(id)) {
            return;
        }
        registry.manifest(id).ifPresent(m -> m.requires().forEach(r -> visit(r, ids, ordered)));
        ordered.add(id);
    }
}
