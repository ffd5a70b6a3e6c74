package org.gridx.api.module;

/** What a module may ask the core about enablement: is it on for this tenant, and with which settings. */
public interface ModuleAccess {

    boolean isEnabled(String tenantId, String moduleId);

    /** The tenant's settings for the module, defaults filled in. */
    ModuleSettings settings(String tenantId, String moduleId);
}
