package org.gridx.core.modules.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.NavEntry;
import org.gridx.api.module.PermissionDef;
import org.gridx.api.module.SettingDef;
import org.gridx.api.module.SettingType;
import org.junit.jupiter.api.Test;

/** The registry's startup rules, without a container: each rule has a declaration that breaks it. */
class ModuleManifestValidatorTest {

    private static final Set<String> ON_CLASSPATH = Set.of("db/changelog/a/changelog.xml",
            "db/changelog/b/changelog.xml", "db/changelog/c/changelog.xml", "db/changelog/rule-of-law/changelog.xml",
            "db/changelog/modules/changelog.xml");
    private final ModuleManifestValidator validator = new ModuleManifestValidator(ON_CLASSPATH::contains);

    private static ModuleManifest.Builder module(String id) {
        return ModuleManifest.builder(id).name("模块 " + id, "Module " + id).changelog("db/changelog/" + id + "/changelog.xml");
    }

    @Test
    void aWellFormedSetPasses() {
        ModuleManifest a = module("rule-of-law").settings(SettingDef.integer("limit", 5, 1, 10, "上限", "Limit"))
                .permissions(PermissionDef.of("rule-of-law.manage", "管理", "Manage"))
                .navigation(NavEntry.of("法治", "Law", "rule-of-law/events", 1)).build();
        ModuleManifest b = module("b").requires("rule-of-law").build();
        assertEquals(List.of(), validator.problems(List.of(a, b)));
    }

    @Test
    void duplicateIdIsReportedOnce() {
        List<String> problems = validator.problems(List.of(module("a").build(), module("a").build(), module("a").build()));
        assertEquals(List.of("module 'a': the id is declared by more than one module; ids must be unique"), problems);
    }

    @Test
    void missingRequirementIsNamed() {
        List<String> problems = validator.problems(List.of(module("a").requires("ghost").build()));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("requires module 'ghost', which is not in this build"), problems.get(0));
    }

    @Test
    void cycleIsNamedWithEveryMember() {
        List<String> problems = validator.problems(List.of(module("a").requires("b").build(),
                module("b").requires("c").build(), module("c").requires("a").build()));
        assertEquals(List.of("module 'a': requirements form a cycle a → b → c → a; remove one of these requirements"),
                problems);
        assertThrows(IllegalStateException.class, () -> new ModuleGraph(List.of(module("a").requires("a").build()))
                .dependencyOrder());
    }

    @Test
    void badSettingDefaultIsReported() {
        SettingDef outOfRange = new SettingDef("limit", SettingType.INTEGER, 50L, null, 1L, 10L, null);
        List<String> problems = validator.problems(List.of(module("a").settings(outOfRange).build()));
        assertEquals(List.of("module 'a': default of setting 'limit' must be from 1 to 10, was 50"), problems);
    }

    @Test
    void reservedAndMalformedIdsAreRejected() {
        assertTrue(validator.problems(List.of(module("modules").build())).get(0)
                .startsWith("module 'modules': the id is a URL segment of the core"));
        assertTrue(validator.problems(List.of(module("Rule_Of_Law").build())).get(0).contains("kebab-case"));
    }

    @Test
    void everyProblemOfOneDeclarationIsListedTogether() {
        ModuleManifest bad = ModuleManifest.builder("c").version("v1").changelog("db/changelog/elsewhere/x.xml")
                .permissions(PermissionDef.of("manage", "管理", "Manage"))
                .navigation(NavEntry.of("x", "x", "other/page", 1)).build();
        List<String> problems = validator.problems(List.of(bad, module("b").changelog("db/changelog/b/missing.xml").build()));
        assertEquals(List.of(
                "module 'c': version 'v1' is not a semantic version like 1.2.0",
                "module 'c': a name (zh and en) is required",
                "module 'c': changelog 'db/changelog/elsewhere/x.xml' must be a file under db/changelog/c/",
                "module 'c': permission 'manage' must be named 'c.<something>'",
                "module 'c': navigation path 'other/page' must start with the module id ('c/...')",
                "module 'b': changelog 'db/changelog/b/missing.xml' is not on the classpath; put it in "
                        + "src/main/resources/db/changelog/b/missing.xml"), problems);
    }

    @Test
    void dependencyOrderPutsRequirementsFirst() {
        List<ModuleManifest> set = List.of(module("a").requires("c").build(), module("b").build(),
                module("c").requires("b").build());
        assertEquals(List.of("b", "c", "a"), new ModuleGraph(set).dependencyOrder());
        assertEquals(List.of("a"), new ModuleGraph(set).requiredBy("c"));
    }
}
