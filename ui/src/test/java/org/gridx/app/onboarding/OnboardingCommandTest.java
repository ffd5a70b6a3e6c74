package org.gridx.app.onboarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gridx.app.OnboardingCommand;
import org.gridx.core.identity.service.PasswordHasher;
import org.gridx.core.onboarding.service.ImportOptions;
import org.gridx.core.onboarding.service.ImportReport;
import org.gridx.core.onboarding.service.TenantOnboarding;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.junit.jupiter.api.Test;

/** The command line: validate and import a definition directory; exit 0 done, 1 invalid, 2 usage. */
@QuarkusTest
class OnboardingCommandTest {

    static final Path DEMO = Path.of("../tenants/dalad-gongye");
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Inject
    TenantOnboarding onboarding;
    @Inject
    PasswordHasher hasher;

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    int run(String... args) {
        out.reset();
        err.reset();
        return OnboardingCommand.run(onboarding, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    @Test
    void validatingTheDemoWritesNothing() {
        assertEquals(0, run("validate", DEMO.toString()), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Tenant dalad-gongye: valid"), out.toString(StandardCharsets.UTF_8));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM tenant WHERE code = 'dalad-gongye'"));
    }

    @Test
    void importingACopyCreatesItWithTheGivenPasswordThenFindsItUnchanged() throws IOException {
        String code = Codes.tenant("cli");
        Path dir = copyOfDemo(code, def -> { });
        assertEquals(0, run("import", dir.toString(), "--initial-password", "Demo-2026!"), err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Tenant " + code + ": created"), out.toString(StandardCharsets.UTF_8));
        String hash = (String) AdminSql.query("SELECT password_hash FROM account WHERE tenant_id = ? AND username = 'wu.xiuhua'",
                code).get(0).get("password_hash");
        assertTrue(hasher.verify("Demo-2026!", hash));

        assertEquals(0, run("import", dir.toString()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Tenant " + code + ": unchanged"));
    }

    @Test
    void anInvalidDirectoryListsEveryProblemByFileAndExits1() throws IOException {
        String code = Codes.tenant("clibad");
        Path dir = copyOfDemo(code, def -> {
            ((ArrayNode) def.get("staff.yaml").at("/accounts/3/roles")).set(0, "gridworker");
            ((ObjectNode) def.get("grid.yaml").at("/grid/children/1/children/1")).put("code", "150621001001903");
            ((ObjectNode) def.get("staff.yaml").at("/accounts/12")).put("department", "road-police");
        });
        assertEquals(1, run("import", dir.toString()));
        String problems = err.toString(StandardCharsets.UTF_8);
        assertTrue(problems.contains("3 problems; nothing was imported"), problems);
        assertTrue(problems.contains("staff.yaml#/accounts/3/roles/0: 'gridworker' is not a role; use one of"), problems);
        assertTrue(problems.contains("grid.yaml#/grid/children/1/children/1/code: '150621001001903' is not under its parent"), problems);
        assertTrue(problems.contains("staff.yaml#/accounts/12/department: 'road-police' is not a department"), problems);
        assertEquals(0, AdminSql.count("SELECT count(*) FROM tenant WHERE code = ?", code));
    }

    @Test
    void wrongUsageExits2() {
        assertEquals(2, run("import"));
        assertEquals(2, run("validate", "/no/such/dir"));
        assertEquals(2, run("import", DEMO.toString(), "--initial-password"));
        assertEquals(2, run("import", DEMO.toString(), "--colour"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    }

    @Test
    void theLauncherCanImportTheDemoFromTheClasspath() {
        ImportReport first = onboarding.importClasspath(OnboardingCommand.DEMO_TENANT,
                ImportOptions.defaults().withInitialPassword("demo").withActor("launcher"));
        ImportReport again = onboarding.importClasspath(OnboardingCommand.DEMO_TENANT,
                ImportOptions.defaults().withInitialPassword("demo").withActor("launcher"));
        assertEquals("created", first.outcome());
        assertEquals(Map.of(), first.initialPasswords(), "a given initial password is not echoed");
        assertEquals("unchanged", again.outcome());
        System.out.println("[onboarding] demo from classpath: first " + first.serverMillis() + " ms, again "
                + again.serverMillis() + " ms");
        AdminSql.update("DELETE FROM disposal_list_version WHERE tenant_id = 'dalad-gongye'");
        AdminSql.update("DELETE FROM account WHERE tenant_id = 'dalad-gongye'");
        AdminSql.update("DELETE FROM department WHERE tenant_id = 'dalad-gongye'");
        AdminSql.update("DELETE FROM grid_node WHERE tenant_id = 'dalad-gongye' AND level = 3");
        AdminSql.update("DELETE FROM grid_node WHERE tenant_id = 'dalad-gongye' AND level = 2");
        AdminSql.update("DELETE FROM grid_node WHERE tenant_id = 'dalad-gongye'");
        AdminSql.update("DELETE FROM tenant WHERE code = 'dalad-gongye'");
    }

    /** The demo's four files in a temp directory, tenant code replaced, with {@code edit} applied per file. */
    private static Path copyOfDemo(String code, java.util.function.Consumer<Map<String, ObjectNode>> edit) throws IOException {
        Map<String, ObjectNode> files = new java.util.LinkedHashMap<>();
        for (String name : new String[] {"tenant.yaml", "grid.yaml", "departments.yaml", "staff.yaml"}) {
            files.put(name, (ObjectNode) YAML.readTree(DEMO.resolve(name).toFile()));
        }
        ((ObjectNode) files.get("tenant.yaml").get("tenant")).put("code", code);
        edit.accept(files);
        Path dir = Files.createTempDirectory("gridx-cli-" + code);
        for (Map.Entry<String, ObjectNode> f : files.entrySet()) {
            YAML.writeValue(dir.resolve(f.getKey()).toFile(), f.getValue());
        }
        return dir;
    }
}
