package org.gridx.app.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gridx.core.modules.service.ModuleManifestValidator;
import org.gridx.modulekit.ModuleNames;
import org.junit.jupiter.api.Test;

/**
 * The generator (plain Java, no dependency on the core, so it runs with only a JDK) keeps its own copy of
 * the ids the core reserves; this keeps the copy equal, so it never generates a module the registry refuses.
 */
class ModuleKitRulesTest {

    @Test
    void theGeneratorReservesTheSameIdsAsTheRegistry() {
        assertEquals(ModuleManifestValidator.RESERVED_IDS, ModuleNames.RESERVED_IDS);
    }
}
