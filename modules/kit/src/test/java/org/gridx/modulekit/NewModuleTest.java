package org.gridx.modulekit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator: bad input stops it with a sentence saying what to change; good input writes a whole module. */
class NewModuleTest {

    private static final Path TEMPLATE = Path.of("template");

    @TempDir
    Path repo;

    @Test
    void aBadIdIsRefusedWithTheRuleAndAnExample() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModuleNames.of("Rule_Of_Law", "法治", "Law"));
        assertTrue(e.getMessage().contains("must be kebab-case"), e.getMessage());
        assertTrue(e.getMessage().contains("'rule-of-law'"), e.getMessage());
    }

    @Test
    void everyProblemIsListed() {
        String m = assertThrows(IllegalArgumentException.class, () -> ModuleNames.of("cases", "", "名字")).getMessage();
        assertTrue(m.contains("URL segment of the core"), m);
        assertTrue(m.contains("Chinese name is required"), m);
        assertTrue(m.contains("must be plain ASCII"), m);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModuleNames.of("for", "循环", "Loop")).getMessage()
                .contains("Java or Qute already uses"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ModuleNames.of("x-y", "名\"字", "Name")).getMessage()
                .contains("must not contain quotes"));
    }

    @Test
    void namesFollowTheConventions() {
        ModuleNames n = ModuleNames.of("rule-of-law", "法治六进", "Rule of law outreach");
        assertEquals("ruleoflaw", n.pkg());
        assertEquals("RuleOfLaw", n.className());
        assertEquals("rule_of_law_", n.table());
    }

    @Test
    void theCommandLineExitsWith2AndUsageOnBadInput() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = NewModule.run(new String[] {"Bad Id", "坏", "Bad", "--root", repo.toString(), "--template", TEMPLATE.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        String text = err.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("must be kebab-case") && text.contains("usage: modules/new-module.sh"), text);
        assertEquals(2, NewModule.run(new String[] {"only-id"}, System.out, new PrintStream(new ByteArrayOutputStream())));
    }

    @Test
    void generatesEveryFileWithNoPlaceholderLeftAndWiresTheBuild() throws Exception {
        Files.writeString(repo.resolve("pom.xml"), "<modules>\n    <module>ui</module>\n</modules>\n");
        Files.createDirectories(repo.resolve("ui/src/main/resources/db/changelog"));
        Files.writeString(repo.resolve("ui/src/main/resources/db/changelog/gridx.xml"),
                "<databaseChangeLog>\n  <include file=\"db/changelog/core/changelog.xml\"/>\n</databaseChangeLog>\n");
        int status = NewModule.run(new String[] {"rule-of-law", "法治六进", "Rule of law outreach", "--root", repo.toString(),
                "--template", TEMPLATE.toString()}, new PrintStream(new ByteArrayOutputStream()), System.err);
        assertEquals(0, status);
        Path java = repo.resolve("modules/rule-of-law/src/main/java/org/gridx/modules/ruleoflaw");
        assertTrue(Files.exists(java.resolve("RuleOfLawModule.java")));
        assertTrue(Files.exists(repo.resolve("modules/rule-of-law/src/main/resources/messages/ruleoflaw_en.properties")));
        assertTrue(Files.exists(repo.resolve("ui/src/test/java/org/gridx/app/modules/ruleoflaw/RuleOfLawContractTest.java")));
        assertTrue(Files.readString(java.resolve("RuleOfLawModule.java")).contains(".name(\"法治六进\", \"Rule of law outreach\")"));
        try (Stream<Path> files = Files.walk(repo).filter(Files::isRegularFile)) {
            files.forEach(f -> assertFalse(read(f).contains("__"), f + " still has a placeholder"));
        }
        assertTrue(Files.readString(repo.resolve("pom.xml")).contains("<module>modules/rule-of-law</module>\n    <module>ui</module>"));
        assertTrue(Files.readString(repo.resolve("ui/src/main/resources/db/changelog/gridx.xml"))
                .contains("<include file=\"db/changelog/rule-of-law/changelog.xml\"/>\n</databaseChangeLog>"));
        assertEquals(2, NewModule.run(new String[] {"rule-of-law", "法治六进", "Rule of law", "--root", repo.toString(),
                "--template", TEMPLATE.toString()}, System.out, new PrintStream(new ByteArrayOutputStream())),
                "generating over an existing module must be refused");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
