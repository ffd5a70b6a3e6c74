package org.gridx.api.tenant;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The tenant of the current unit of work. Set from the verified token (or, for public pages, the path),
 * never from request bodies. Background work names its tenant explicitly through {@link #callAs}: there
 * is deliberately no "all tenants" mode.
 */
public interface TenantContext {

    /** The current tenant's code, or empty outside any tenant (operator work, startup). */
    Optional<String> current();

    /** The current tenant's code; fails when none is set, because tenant data must never be read blind. */
    default String require() {
        return current().orElseThrow(() -> new IllegalStateException("no tenant in this unit of work"));
    }

    /** Runs {@code work} as {@code tenantId}; database connections taken inside it see only that tenant. */
    <T> T callAs(String tenantId, Callable<T> work);

    default void runAs(String tenantId, Runnable work) {
        callAs(tenantId, () -> {
            work.run();
            return null;
        });
    }
}
