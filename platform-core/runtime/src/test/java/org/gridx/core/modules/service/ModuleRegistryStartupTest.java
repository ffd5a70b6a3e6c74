package org.gridx.core.modules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gridx.api.module.GridxModule;
import org.gridx.api.module.ModuleManifest;
import org.junit.jupiter.api.Test;

/** A bad build stops at startup with one message that lists every problem of every module. */
class ModuleRegistryStartupTest {

    private static GridxModule module(ModuleManifest m) {
        return () -> m;
    }

    private static ModuleRegistry registryOf(GridxModule... modules) {
        ModuleRegistry registry = new ModuleRegistry();
        registry.modules = List.of(modules);
        registry.validate();
        return registry;
    }

    @Test
    void oneMessageListsEveryProblem() {
        GridxModule dup = module(ModuleManifest.builder("x").name("甲", "X").changelog("db/changelog/x/none.xml").build());
        GridxModule needsGhost = module(ModuleManifest.builder("y").name("乙", "Y").requires("ghost")
                .changelog("db/changelog/y/none.xml").build());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> registryOf(dup, dup, needsGhost));
        assertTrue(e.getMessage().startsWith("GridX cannot start: 4 problem(s) in the module declarations:"), e.getMessage());
        assertTrue(e.getMessage().contains("module 'x': the id is declared by more than one module"), e.getMessage());
        assertTrue(e.getMessage().contains("module 'y': requires module 'ghost', which is not in this build"), e.getMessage());
        assertTrue(e.getMessage().contains("module 'y': changelog 'db/changelog/y/none.xml' is not on the classpath"),
                e.getMessage());
    }

    @Test
    void anEmptyBuildIsValid() {
        assertEquals(List.of(), registryOf().dependencyOrder());
    }
}
