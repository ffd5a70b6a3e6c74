package org.gridx.core.onboarding.validation;

import java.util.Collection;
import java.util.Optional;
import org.gridx.api.module.ModuleManifest;

/**
 * What the semantic checks need to know beyond the document itself. An interface so the validator runs
 * in plain unit tests; the platform answers from the tenant table and the module registry.
 */
public interface ValidationContext {

    boolean tenantExists(String code);

    Optional<ModuleManifest> module(String id);

    Collection<String> moduleIds();

    /** Whether the national catalogue has {@code code} of {@code kind} (component | item). */
    default boolean catalogueHas(String kind, String code) {
        return true;
    }
}
