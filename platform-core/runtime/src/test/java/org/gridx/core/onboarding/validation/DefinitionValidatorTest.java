package org.gridx.core.onboarding.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridx.api.identity.Role;
import org.gridx.api.module.ModuleManifest;
import org.gridx.api.module.SettingDef;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.onboarding.definition.DefinitionDocument;
import org.gridx.core.onboarding.definition.DefinitionReader;
import org.junit.jupiter.api.Test;

/** The validator on the shipped definitions and on broken copies of the demo: every problem, well located. */
class DefinitionValidatorTest {

    static final Path TENANTS = Path.of("../../tenants");
    static final ModuleManifest NOTES = ModuleManifest.builder("notes").name("记事", "Notes")
            .settings(SettingDef.integer("max-length", 200, 10, 1000, "长度", "Length")).requires("base").build();
    static final ModuleManifest BASE = ModuleManifest.builder("base").name("基础", "Base").build();

    /** Knows tenant 'banner-x' and the modules 'notes' (requires 'base') and 'base'. */
    static final ValidationContext CONTEXT = new ValidationContext() {
        public boolean tenantExists(String code) {
            return "banner-x".equals(code);
        }

        public Optional<ModuleManifest> module(String id) {
            return Optional.ofNullable(Map.of("notes", NOTES, "base", BASE).get(id));
        }

        public Collection<String> moduleIds() {
            return List.of("base", "notes");
        }
    };

    static DefinitionDocument demo() {
        return DefinitionReader.fromDirectory(TENANTS.resolve("dalad-gongye"));
    }

    static List<FieldProblem> validate(DefinitionDocument doc) {
        return DefinitionValidator.validate(doc, CONTEXT);
    }

    static ObjectNode at(DefinitionDocument doc, String pointer) {
        return (ObjectNode) doc.root().at(pointer);
    }

    @Test
    void theDemoAndTheTemplateAreValid() {
        assertEquals(List.of(), validate(demo()));
        assertEquals(List.of(), validate(DefinitionReader.fromDirectory(TENANTS.resolve("templates/standard-street"))));
    }

    @Test
    void threeDistinctErrorsAreAllReportedWithFileAndPointer() {
        DefinitionDocument doc = demo();
        ((ArrayNode) doc.root().at("/accounts/3/roles")).set(0, "gridworker");
        at(doc, "/grid/children/1/children/1").put("code", "150621001001903");
        at(doc, "/accounts/12").put("department", "road-police");

        List<FieldProblem> problems = validate(doc);

        assertEquals(3, problems.size(), problems.toString());
        assertEquals("grid.yaml#/grid/children/1/children/1/code", problems.get(0).pointer());
        assertTrue(problems.get(0).message().startsWith("'150621001001903' is not under its parent '150621001002'"));
        assertEquals("staff.yaml#/accounts/3/roles/0", problems.get(1).pointer());
        assertEquals("'gridworker' is not a role; use one of supervisor, grid-chief, instructor, specialist, "
                + "informant, dispatcher, department-handler, tenant-admin, resident", problems.get(1).message());
        assertEquals("staff.yaml#/accounts/12/department", problems.get(2).pointer());
        assertTrue(problems.get(2).message().startsWith("'road-police' is not a department of this tenant"));
    }

    @Test
    void dutiesAndPatrolProblemsAreLocatedInTheirFiles() {
        DefinitionDocument doc = demo();
        at(doc, "/duties/0").put("role", "mayor");
        at(doc, "/duties/1").put("role", "informant");
        at(doc, "/patrolChecklist/0").remove("catalogueCode");
        List<FieldProblem> problems = validate(doc);
        assertEquals(List.of("duties.yaml#/duties/0/role", "duties.yaml#/duties/1/level", "patrol.yaml#/patrolChecklist/0/catalogueKind"),
                problems.stream().map(FieldProblem::pointer).toList(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("'mayor' is not a staff role"));
    }

    @Test
    void aMergedDocumentIsLocatedWithHashPointers() {
        DefinitionDocument doc = DefinitionDocument.merged(demo().root());
        ((ArrayNode) doc.root().at("/accounts/0/roles")).set(0, "platform-operator");
        List<FieldProblem> problems = validate(doc);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("#/accounts/0/roles/0", problems.get(0).pointer());
    }

    @Test
    void referencesAndUniquenessAreChecked() {
        DefinitionDocument doc = demo();
        // The renamed department is also the disposal list's lead department; that cascade is tested in the lists tests.
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.root()).remove("disposalList");
        at(doc, "/accounts/1").put("username", "zhang.weidong");
        ((ArrayNode) doc.root().at("/accounts/4/gridScope")).add("150621001009001");
        at(doc, "/departments/5").put("code", "public-security");
        at(doc, "/accounts/10").remove("department");
        at(doc, "/grid/children/3/children/6").put("code", "150621001004006");

        assertEquals(List.of(
                "grid.yaml#/grid/children/3/children/6/code: '150621001004006' is already the code of /grid/children/3/children/5",
                "departments.yaml#/departments/5/code: 'public-security' is already used by /departments/0",
                "staff.yaml#/accounts/1/username: 'zhang.weidong' is already used by /accounts/0",
                "staff.yaml#/accounts/4/gridScope/2: '150621001009001' is not a node of the grid tree (grid.yaml)",
                "staff.yaml#/accounts/10/department: is required for a department-handler: name the department "
                        + "(departments.yaml) the cases go to",
                "posts.yaml#/posts/1/holderA: 'liu.guirong' is not an account of staff.yaml"),
                lines(validate(doc)));
    }

    @Test
    void postsReferToNodesOfTheirLevelAndToAccountsHoldingTheRole() {
        DefinitionDocument doc = demo();
        at(doc, "/posts/0").put("node", "150621001009");
        at(doc, "/posts/4").put("node", "150621001002001");
        at(doc, "/posts/5").put("holderA", "gao.limei");
        at(doc, "/posts/7").put("holderB", "gao.limei");
        assertEquals(List.of(
                "posts.yaml#/posts/0/node: '150621001009' is not a node of the grid tree (grid.yaml)",
                "posts.yaml#/posts/4/role: a level-3 node has posts for [specialist, informant]",
                "posts.yaml#/posts/5/holderA: 'gao.limei' does not hold the role specialist in staff.yaml",
                "posts.yaml#/posts/7/holderB: the backup must be another person than the A holder"),
                lines(validate(doc)));
    }

    @Test
    void gridCodesFollowTheDivisionAndLevels() {
        DefinitionDocument doc = demo();
        at(doc, "/tenant").put("divisionCode", "150622");
        at(doc, "/grid/children/0").put("kind", "residential-compound");
        ((ObjectNode) doc.root().at("/grid/children/0/children/0")).set("children",
                new ObjectMapper().createArrayNode().add(new ObjectMapper().createObjectNode()
                        .put("code", "150621001001001001").put("kind", "mixed")
                        .set("name", new ObjectMapper().createObjectNode().put("zh", "太深"))));

        List<String> problems = lines(validate(doc));

        assertTrue(problems.contains("grid.yaml#/grid/code: '150621001' is not inside the tenant's division '150622': "
                + "the root's code must start with the division code"), problems.toString());
        assertTrue(problems.contains("grid.yaml#/grid/children/0/kind: 'residential-compound' is a level-3 kind, "
                + "but '150621001001' is a level-2 node; use one of [community, village]"), problems.toString());
        assertTrue(problems.contains("grid.yaml#/grid/children/0/children/0/children: a level-3 grid is the "
                + "smallest unit and cannot have children"), problems.toString());
    }

    @Test
    void schemaProblemsNameTheKeyAndTheFix() {
        DefinitionDocument doc = demo();
        at(doc, "/grid/children/0").put("code", 150621001001L);
        at(doc, "/accounts/0").put("nickname", "老张");
        at(doc, "/departments/0").remove("kind");

        assertEquals(List.of(
                "grid.yaml#/grid/children/0/code: must be text: put it in quotes, e.g. '150621001001'",
                "departments.yaml#/departments/0/kind: is required but missing",
                "staff.yaml#/accounts/0/nickname: is not a known key here; check its spelling or remove it "
                        + "(tenants/schema/ lists the keys)"),
                lines(validate(doc)));
    }

    @Test
    void parentTenantTimeZoneAndModulesAreChecked() {
        DefinitionDocument doc = demo();
        at(doc, "/tenant").put("parent", "banner-y").put("timeZone", "Asia/Ordos");
        ObjectNode modules = at(doc, "/modules");
        modules.putObject("notes").put("enabled", true).putObject("settings").put("max-length", 5).put("colour", "red");
        modules.putObject("forum").put("enabled", true);

        assertEquals(List.of(
                "tenant.yaml#/tenant/parent: tenant 'banner-y' does not exist; import the parent tenant first, or remove 'parent'",
                "tenant.yaml#/tenant/timeZone: 'Asia/Ordos' is not a time zone; use an IANA name such as Asia/Shanghai",
                "tenant.yaml#/modules/forum: 'forum' is not a module of this build; available: base, notes",
                "tenant.yaml#/modules/notes: requires module 'base'; enable it too (base: {enabled: true})",
                "tenant.yaml#/modules/notes/settings/colour: is not a setting of 'notes'; use one of max-length",
                "tenant.yaml#/modules/notes/settings/max-length: must be from 10 to 1000, was 5"),
                lines(validate(doc)));

        at(doc, "/tenant").put("parent", "banner-x").put("timeZone", "Asia/Shanghai");
        modules.remove("forum");
        modules.putObject("base").put("enabled", true);
        at(doc, "/modules/notes/settings").removeAll().put("max-length", 500);
        assertEquals(List.of(), validate(doc));
    }

    @Test
    void unreadableFilesAreReportedPerFileWithLineAndColumn() {
        ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> DefinitionReader.fromText("tenant: {code: x\ngrid: ["));
        assertTrue(e.problem().errors().get(0).message().startsWith("is not valid YAML: line"), e.problem().toString());
        ProblemException missing = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> DefinitionReader.fromDirectory(TENANTS.resolve("schema")));
        assertEquals(List.of("tenant.yaml", "grid.yaml"),
                missing.problem().errors().stream().map(FieldProblem::pointer).toList());
    }

    @Test
    void theSchemaOffersExactlyTheTenantRoles() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(TENANTS.resolve("schema/tenant-definition.schema.json").toFile());
        List<String> offered = new ArrayList<>();
        schema.at("/$defs/role/enum").forEach(r -> offered.add(r.asText()));
        assertEquals(Arrays.stream(Role.values()).filter(Role::isTenantRole).map(Role::code).toList(), offered);
    }

    private static List<String> lines(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.pointer() + ": " + p.message()).toList();
    }
}
