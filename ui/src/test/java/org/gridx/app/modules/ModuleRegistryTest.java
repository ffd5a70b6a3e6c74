package org.gridx.app.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.gridx.api.module.GridxModule;
import org.gridx.core.modules.service.ModuleRegistry;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The registry sees every module of the build (a library jar without a Jandex index would silently drop
 * out), and every module's changelog is in the master changelog after the changelogs of what it requires.
 */
@QuarkusTest
class ModuleRegistryTest {

    @Inject
    ModuleRegistry registry;
    @ConfigProperty(name = "quarkus.liquibase.change-log")
    String masterChangelog;

    @Test
    void everyModuleOfTheBuildIsRegisteredInDependencyOrder() {
        assertEquals(List.of("sample-notes", "sample-board"), registry.dependencyOrder().stream()
                .filter(id -> id.startsWith("sample-")).toList());
        assertEquals(List.of("sample-board"), registry.requiredBy("sample-notes"));
    }

    @Test
    void everyModulesChangelogIsIncludedAfterItsRequirements() throws Exception {
        List<String> included = includes(masterChangelog);
        for (GridxModule m : registry.all()) {
            String own = m.manifest().changelog();
            assertTrue(included.contains(own), own + " is not included by " + masterChangelog
                    + " (nor by db/changelog/gridx.xml for a module of the application)");
            for (String required : m.manifest().requires()) {
                String theirs = registry.manifest(required).orElseThrow().changelog();
                assertTrue(included.indexOf(theirs) < included.indexOf(own), theirs + " must come before " + own);
            }
            if (!m.getClass().getName().startsWith("org.gridx.testkit.") && !onTheTestClasspath(own)) {
                assertTrue(includes("db/changelog/gridx.xml").contains(own), own + " is missing from db/changelog/gridx.xml");
            }
        }
    }

    /** Test-only modules (the probe the build generates from the module template) live in test-classes. */
    private static boolean onTheTestClasspath(String resource) {
        return String.valueOf(Thread.currentThread().getContextClassLoader().getResource(resource)).contains("/test-classes/");
    }

    /** Every file a changelog includes, depth first, as classpath paths. */
    private static List<String> includes(String changelog) throws Exception {
        List<String> files = new ArrayList<>();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(changelog)) {
            if (in == null) {
                throw new AssertionError("no changelog " + changelog + " on the classpath");
            }
            NodeList nodes = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("include");
            for (int i = 0; i < nodes.getLength(); i++) {
                Element e = (Element) nodes.item(i);
                String file = "true".equals(e.getAttribute("relativeToChangelogFile"))
                        ? changelog.substring(0, changelog.lastIndexOf('/') + 1) + e.getAttribute("file")
                        : e.getAttribute("file");
                files.add(file);
                if (file.endsWith(".xml")) {
                    files.addAll(includes(file));
                }
            }
        }
        return files;
    }
}
