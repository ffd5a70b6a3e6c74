package org.gridx.core.modules.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Turns modules on and off for the current tenant, with validated settings. Runs in the caller's
 * transaction and tenant.
 */
@ApplicationScoped
public class ModuleEnablementService {

    /**
     * Enables {@code moduleId} for the current tenant with {@code settings} (missing keys take defaults).
     * Throws a 422 ProblemException naming every invalid setting; returns true when anything changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enable(String moduleId, Map<String, Object> settings, String actor) {
        throw new UnsupportedOperationException("module enablement is being built");
    }

    /** Disables {@code moduleId} for the current tenant; its data stays. Returns true when it was on. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean disable(String moduleId, String actor) {
        throw new UnsupportedOperationException("module enablement is being built");
    }
}
