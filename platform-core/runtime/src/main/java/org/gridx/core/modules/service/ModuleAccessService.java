package org.gridx.core.modules.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Callable;
import org.gridx.api.module.ModuleAccess;
import org.gridx.api.module.ModuleSettings;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.modules.domain.TenantModule;

/**
 * What modules (and the core's gates) ask about enablement. Reads for the current tenant join the
 * caller's transaction, so a module sees its own enablement change before commit; reads for another
 * tenant run as that tenant, because row-level security would otherwise hide its rows.
 */
@ApplicationScoped
public class ModuleAccessService implements ModuleAccess {

    @Inject
    ModuleRegistry registry;
    @Inject
    TenantContext tenant;

    @Override
    public boolean isEnabled(String tenantId, String moduleId) {
        return registry.find(moduleId).isPresent()
                && read(tenantId, () -> TenantModule.findByModule(moduleId).map(t -> t.enabled).orElse(false));
    }

    @Override
    public ModuleSettings settings(String tenantId, String moduleId) {
        var manifest = registry.require(moduleId).manifest();
        return read(tenantId, () -> ModuleSettingsResolver.fromStored(manifest,
                TenantModule.findByModule(moduleId).map(t -> t.settings).orElse(null)));
    }

    private <T> T read(String tenantId, Callable<T> query) {
        if (tenantId.equals(tenant.current().orElse(null))) {
            return QuarkusTransaction.joiningExisting().call(query);
        }
        return tenant.callAs(tenantId, query);
    }
}
