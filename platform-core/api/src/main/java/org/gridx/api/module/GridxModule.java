package org.gridx.api.module;

/**
 * The one interface a "+X" module implements (as an {@code @ApplicationScoped} bean) to exist on the
 * platform. Other capabilities are narrow and optional: {@link ModuleLifecycle} for enable/disable/seed
 * hooks, and CDI observers qualified with {@link ForModule} for domain events.
 */
public interface GridxModule {

    ModuleManifest manifest();

    /** Hooks run when a tenant enables or disables the module; none by default. */
    default ModuleLifecycle lifecycle() {
        return ModuleLifecycle.NONE;
    }
}
