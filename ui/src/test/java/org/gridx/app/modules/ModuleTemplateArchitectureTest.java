package org.gridx.app.modules;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The module the build generates from modules/kit/template (org.gridx.modules.kitprobe) keeps to the
 * platform API like any module. ArchitectureTest leaves it out because it is compiled with the tests, so
 * without this a template that reaches into the core would be copied into every new module.
 */
class ModuleTemplateArchitectureTest {

    @Test
    void theGeneratedModuleUsesOnlyThePlatformApi() {
        JavaClasses probe = new ClassFileImporter().importPackages("org.gridx.modules.kitprobe");
        noClasses().should().dependOnClassesThat(resideInAPackage("org.gridx..")
                .and(not(resideInAnyPackage("org.gridx.api..", "org.gridx.modules.kitprobe.."))))
                .check(probe);
    }
}
