package org.gridx.api.module;

/**
 * What a module does when a tenant turns it on or off. Hooks run inside the enabling transaction, with the
 * tenant already set, so a failing hook leaves the module as it was.
 */
public interface ModuleLifecycle {

    ModuleLifecycle NONE = new ModuleLifecycle() {
    };

    /** Called on every enable (first time and after a disable); must be idempotent. */
    default void onEnable(String tenantId, ModuleSettings settings) {
    }

    /** Called on disable; the module's data stays, so this must not delete it. */
    default void onDisable(String tenantId) {
    }

    /** Demo or starter content for a tenant, run on request (onboarding with seeds); idempotent. */
    default void seed(String tenantId, ModuleSettings settings) {
    }
}
