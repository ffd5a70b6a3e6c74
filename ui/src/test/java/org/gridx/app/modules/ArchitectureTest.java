package org.gridx.app.modules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps modules on the platform API: a module may use org.gridx.api and its own packages, nothing else of
 * GridX, and no module may reach into another. The core never depends on a module.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gridx");
    }

    @Test
    void modulesUseOnlyThePlatformApi() {
        noClasses().that().resideInAPackage("org.gridx.modules..")
                .should().dependOnClassesThat(resideInAPackage("org.gridx..")
                        .and(not(resideInAnyPackage("org.gridx.api..", "org.gridx.modules.."))))
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void theTestkitsSampleModulesUseOnlyThePlatformApi() {
        noClasses().that().resideInAPackage("org.gridx.testkit.sample..")
                .should().dependOnClassesThat(resideInAPackage("org.gridx..")
                        .and(not(resideInAnyPackage("org.gridx.api..", "org.gridx.testkit.sample.."))))
                .check(classes);
    }

    @Test
    void modulesDoNotDependOnEachOther() {
        slices().matching("org.gridx.modules.(*)..").should().notDependOnEachOther().allowEmptyShould(true).check(classes);
    }

    @Test
    void theCoreAndTheApiDoNotDependOnModules() {
        noClasses().that().resideInAnyPackage("org.gridx.core..", "org.gridx.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.gridx.modules..", "org.gridx.testkit..")
                .check(classes);
        noClasses().that().resideInAPackage("org.gridx.api..")
                .should().dependOnClassesThat().resideInAPackage("org.gridx.core..").check(classes);
    }
}
