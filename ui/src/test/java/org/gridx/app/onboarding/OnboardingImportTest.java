package org.gridx.app.onboarding;

import static io.restassured.RestAssured.given;
import static org.gridx.app.onboarding.OperatorApi.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.gridx.core.identity.service.PasswordHasher;
import org.gridx.core.onboarding.service.ImportReport;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** The operator API imports the demo street, idempotently, updating in place and never half-importing. */
@QuarkusTest
class OnboardingImportTest {

    @Inject
    PasswordHasher hasher;

    @Test
    void theDemoStreetImportsWithItsGridDepartmentsAndStaff() {
        String code = Codes.tenant("gongye");
        JsonPath report = post(TenantFixtures.definition(TenantFixtures.DEMO, code), "")
                .statusCode(201).body("outcome", equalTo("created"))
                .body("counts.gridNodes.created", equalTo(33)).body("counts.departments.created", equalTo(39))
                .body("counts.accounts.created", equalTo(15)).body("counts.tenant.created", equalTo(1))
                .extract().jsonPath();
        System.out.println("[onboarding] demo first import, server time: " + report.getLong("serverMillis") + " ms");

        assertEquals(List.of(1L, 4L, 28L), OperatorApi.gridLevels(code));
        assertEquals(39, AdminSql.count("SELECT count(*) FROM department WHERE tenant_id = ?", code));
        assertEquals(List.of("informant"), roles(code, "gao.limei"));
        assertEquals(List.of("informant"), roles(code, "wu.xiuhua"));
        assertEquals("city-management", AdminSql.query(
                "SELECT department_code FROM account WHERE tenant_id = ? AND username = 'guo.qiang'", code).get(0).get("department_code"));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM tenant WHERE code = ? AND definition_hash IS NOT NULL", code));

        // No initial password was given: each new account got its own, returned once and stored only as a hash.
        Map<String, String> generated = report.getMap("initialPasswords");
        assertEquals(15, generated.size());
        String hash = (String) AdminSql.query("SELECT password_hash FROM account WHERE tenant_id = ? AND username = 'gao.limei'",
                code).get(0).get("password_hash");
        assertTrue(hasher.verify(generated.get("gao.limei"), hash));

        given().auth().oauth2(Tokens.operator("ops")).get(OperatorApi.TENANTS + "/" + code).then().statusCode(200)
                .body("tenant.name.zh", equalTo("达拉特旗工业街道")).body("gridNodesByLevel.grid", equalTo(28))
                .body("gridNodesByLevel.community", equalTo(4)).body("departments", equalTo(39)).body("accounts", equalTo(15));
        given().auth().oauth2(Tokens.operator("ops")).get(OperatorApi.TENANTS).then().statusCode(200)
                .body("code", hasItem(code));
    }

    @Test
    void reImportingTheSameDefinitionWritesNothing() {
        String code = Codes.tenant("gongye");
        ObjectNode definition = TenantFixtures.definition(TenantFixtures.DEMO, code);
        post(definition, "").statusCode(201);
        Map<String, Map<Object, Object>> before = OperatorApi.snapshot(code);

        JsonPath again = post(definition, "").statusCode(200).body("outcome", equalTo("unchanged"))
                .body("counts.gridNodes.unchanged", equalTo(33)).body("counts.accounts.unchanged", equalTo(15))
                .body("notes", contains(ImportReport.SAME_HASH)).body("initialPasswords.size()", equalTo(0))
                .extract().jsonPath();
        System.out.println("[onboarding] demo re-import (same hash), server time: " + again.getLong("serverMillis") + " ms");
        assertEquals(before, OperatorApi.snapshot(code));

        // Row-by-row comparison (force) finds nothing to write either.
        JsonPath forced = post(definition, "?force=true").statusCode(200).body("outcome", equalTo("unchanged"))
                .body("counts.gridNodes.unchanged", equalTo(33)).body("counts.gridNodes.updated", equalTo(0))
                .body("counts.departments.unchanged", equalTo(39)).body("counts.accounts.unchanged", equalTo(15))
                .body("counts.tenant.unchanged", equalTo(1)).body("notes", empty())
                .extract().jsonPath();
        System.out.println("[onboarding] demo re-import (force, compared row by row), server time: "
                + forced.getLong("serverMillis") + " ms");
        assertEquals(before, OperatorApi.snapshot(code));
    }

    @Test
    void aChangedDefinitionUpdatesInPlaceAndReportsWhatItLeft() {
        String code = Codes.tenant("gongye");
        ObjectNode definition = TenantFixtures.definition(TenantFixtures.DEMO, code);
        post(definition, "").statusCode(201);
        Object gridId = AdminSql.query("SELECT id FROM grid_node WHERE tenant_id = ? AND code = '150621001001002'", code).get(0).get("id");
        Map<Object, Object> passwords = OperatorApi.passwords(code);

        ObjectNode grid = (ObjectNode) definition.at("/grid/children/0/children/1");
        grid.put("households", 330);
        ((ObjectNode) grid.get("name")).put("zh", "北大二网格（北大对面平房区，含新建棚户）");
        ObjectNode informant = (ObjectNode) definition.at("/accounts/5");
        informant.put("displayName", "高丽美（A岗）");
        ((ArrayNode) informant.get("roles")).add("specialist");
        ((ArrayNode) definition.get("departments")).addObject().put("code", "meteorology").put("kind", "other")
                .putObject("name").put("zh", "旗气象局").put("en", "Meteorological Bureau");
        ((ArrayNode) definition.get("accounts")).remove(14);

        post(definition, "").statusCode(200).body("outcome", equalTo("updated"))
                .body("counts.gridNodes.updated", equalTo(1)).body("counts.gridNodes.unchanged", equalTo(32))
                .body("counts.departments.created", equalTo(1)).body("counts.accounts.updated", equalTo(1))
                .body("counts.accounts.absent", contains("li.xiulan")).body("notes", contains(ImportReport.NEVER_DELETES))
                .body("initialPasswords.size()", equalTo(0));

        Map<String, Object> row = AdminSql.query("SELECT id, households, name_zh FROM grid_node WHERE tenant_id = ? "
                + "AND code = '150621001001002'", code).get(0);
        assertEquals(gridId, row.get("id"));
        assertEquals(330, row.get("households"));
        assertEquals(List.of("informant", "specialist"), roles(code, "gao.limei"));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM account WHERE tenant_id = ? AND username = 'li.xiulan'", code),
                "an account missing from the file is reported, not deleted");
        assertEquals(passwords, OperatorApi.passwords(code), "an import never touches existing passwords");
    }

    @Test
    void aDefinitionWithThreeErrorsReportsAllThreeAndImportsNothing() {
        String code = Codes.tenant("broken");
        ObjectNode definition = TenantFixtures.definition(TenantFixtures.DEMO, code);
        ((ArrayNode) definition.at("/accounts/3/roles")).set(0, "gridworker");
        ((ObjectNode) definition.at("/grid/children/1/children/1")).put("code", "150621001001903");
        ((ObjectNode) definition.at("/accounts/12")).put("department", "road-police");

        post(definition, "").statusCode(422).contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors.pointer", containsInAnyOrder("#/accounts/3/roles/0",
                        "#/grid/children/1/children/1/code", "#/accounts/12/department"))
                .body("errors.find { it.pointer == '#/accounts/3/roles/0' }.message",
                        equalTo("'gridworker' is not a role; use one of supervisor, grid-chief, instructor, specialist, "
                                + "informant, dispatcher, department-handler, tenant-admin, resident"));

        assertEquals(0, AdminSql.count("SELECT count(*) FROM tenant WHERE code = ?", code));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM grid_node WHERE tenant_id = ?", code));
    }

    @Test
    void aDryRunValidatesAndWritesNothing() {
        String code = Codes.tenant("dry");
        post(TenantFixtures.definition(TenantFixtures.DEMO, code), "?dryRun=true").statusCode(200)
                .body("outcome", equalTo("valid")).body("dryRun", equalTo(true))
                .body("definition.gridNodes", equalTo(33)).body("definition.departments", equalTo(39));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM tenant WHERE code = ?", code));
    }

    @Test
    void yamlIsAcceptedAsWellAsJson() {
        String code = Codes.tenant("yaml");
        String yaml = """
                tenant: {code: %s, name: {zh: 小街道}, kind: street, divisionCode: "150621"}
                grid: {code: "150621777", name: {zh: 小街道}, kind: street}
                """.formatted(code);
        given().auth().oauth2(Tokens.operator("ops")).contentType("application/yaml").body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(OperatorApi.TENANTS).then().statusCode(201).body("counts.gridNodes.created", equalTo(1));
    }

    @Test
    void testkitFixturesBuildATenantFromTheSameFormat() {
        String code = Codes.tenant("fixture");
        TenantFixtures.create(TenantFixtures.minimal(code, "informant", "department-handler", "dispatcher"));
        assertEquals(3, AdminSql.count("SELECT count(*) FROM account WHERE tenant_id = ?", code));
        String hash = (String) AdminSql.query("SELECT password_hash FROM account WHERE tenant_id = ? AND username = 'informant'",
                code).get(0).get("password_hash");
        assertTrue(hasher.verify(TenantFixtures.PASSWORD, hash));
    }

    private static List<String> roles(String tenant, String username) {
        return List.of(((String) AdminSql.query("SELECT array_to_string(roles, ',') AS r FROM account WHERE tenant_id = ? "
                + "AND username = ?", tenant, username).get(0).get("r")).split(","));
    }
}
