package org.gridx.app.modules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Tokens;
import org.gridx.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

/** Per-tenant enablement through the API: 404/200, settings validation, requirements, who may do it. */
@QuarkusTest
class ModuleEnablementApiTest {

    private static final String NOTES = "sample-notes";
    private static final String BOARD = "sample-board";

    private static ValidatableResponse put(String tenant, String token, String module, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .put("/api/t/" + tenant + "/modules/" + module).then();
    }

    private static int notesStatus(String tenant) {
        return given().auth().oauth2(Tokens.of(tenant, "worker", Role.Names.SPECIALIST))
                .get("/api/t/" + tenant + "/sample-notes/notes").statusCode();
    }

    @Test
    void listsEveryModuleOfTheBuildWithItsDefinitionsAndTheTenantsState() {
        String t = ContractFixtures.tenant();
        given().auth().oauth2(ContractFixtures.admin(t)).get("/api/t/" + t + "/modules").then().statusCode(200)
                .body("id", hasItems(NOTES, BOARD))
                .body("find { it.id == 'sample-notes' }.enabled", equalTo(false))
                .body("find { it.id == 'sample-notes' }.name.en", equalTo("Sample notes"))
                .body("find { it.id == 'sample-notes' }.settings.max-title-length", equalTo(80))
                .body("find { it.id == 'sample-notes' }.settingDefinitions[0].type", equalTo("integer"))
                .body("find { it.id == 'sample-notes' }.permissions[0].name", equalTo("sample-notes.write"))
                .body("find { it.id == 'sample-board' }.requires", equalTo(java.util.List.of(NOTES)));
    }

    @Test
    void enablingAndDisablingSwitchesTheModulesApiBetween200And404ForThatTenantOnly() {
        String a = ContractFixtures.tenant();
        String b = ContractFixtures.tenant();
        assertEquals(404, notesStatus(a));
        put(a, ContractFixtures.admin(a), NOTES, Map.of("enabled", true)).statusCode(200).body("enabled", equalTo(true));
        assertEquals(200, notesStatus(a));
        assertEquals(404, notesStatus(b));
        put(a, ContractFixtures.admin(a), NOTES, Map.of("enabled", false)).statusCode(200).body("enabled", equalTo(false));
        assertEquals(404, notesStatus(a));
        given().auth().oauth2(Tokens.of(a, "worker", Role.Names.SPECIALIST)).get("/api/t/" + a + "/sample-notes/notes")
                .then().contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void invalidSettingsAreAllReportedWithPointersAndNothingIsEnabled() {
        String t = ContractFixtures.tenant();
        put(t, ContractFixtures.admin(t), NOTES, Map.of("enabled", true,
                "settings", Map.of("max-title-length", 5, "colour", "red"))).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", equalTo(java.util.List.of("/settings/colour", "/settings/max-title-length")))
                .body("errors[1].message", containsString("from 10 to 200"));
        put(t, ContractFixtures.admin(t), NOTES, Map.of("enabled", true, "settings", Map.of("max-title-length", "long")))
                .statusCode(422).body("errors[0].pointer", equalTo("/settings/max-title-length"));
        put(t, ContractFixtures.admin(t), NOTES, Map.of("settings", Map.of())).statusCode(400)
                .body("errors[0].pointer", equalTo("/enabled"));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM tenant_module WHERE tenant_id = ?", t));
    }

    @Test
    void settingsApplyAndTheSameSettingsAgainWriteNothing() {
        String t = ContractFixtures.tenant();
        put(t, ContractFixtures.admin(t), NOTES, Map.of("enabled", true, "settings", Map.of("max-title-length", 12)))
                .statusCode(200).body("settings.max-title-length", equalTo(12));
        Object stamp = AdminSql.query("SELECT updated_at FROM tenant_module WHERE tenant_id = ?", t).get(0).get("updated_at");
        put(t, ContractFixtures.admin(t), NOTES, Map.of("enabled", true, "settings", Map.of("max-title-length", 12)))
                .statusCode(200);
        assertEquals(stamp, AdminSql.query("SELECT updated_at FROM tenant_module WHERE tenant_id = ?", t).get(0).get("updated_at"));
        given().auth().oauth2(ContractFixtures.admin(t)).contentType(ContentType.JSON)
                .body(Map.of("title", "thirteen chars")).post("/api/t/" + t + "/sample-notes/notes").then()
                .statusCode(422).body("errors[0].pointer", equalTo("/title"));
        put(t, ContractFixtures.admin(t), NOTES, Map.of("enabled", true)).statusCode(200)
                .body("settings.max-title-length", equalTo(80));
    }

    @Test
    void requirementsAreEnforcedBothWays() {
        String t = ContractFixtures.tenant();
        String admin = ContractFixtures.admin(t);
        put(t, admin, BOARD, Map.of("enabled", true)).statusCode(409).body("detail", containsString("'sample-notes'"));
        put(t, admin, NOTES, Map.of("enabled", true)).statusCode(200);
        put(t, admin, BOARD, Map.of("enabled", true)).statusCode(200);
        put(t, admin, NOTES, Map.of("enabled", false)).statusCode(409).body("detail", containsString("'sample-board'"));
        assertEquals(200, notesStatus(t));
        put(t, admin, BOARD, Map.of("enabled", false)).statusCode(200);
        put(t, admin, NOTES, Map.of("enabled", false)).statusCode(200);
        assertEquals(404, notesStatus(t));
    }

    @Test
    void onlyTheTenantAdministratorMayListOrChangeModules() {
        String t = ContractFixtures.tenant();
        String specialist = Tokens.of(t, "worker", Role.Names.SPECIALIST, Role.Names.GRID_CHIEF);
        given().auth().oauth2(specialist).get("/api/t/" + t + "/modules").then().statusCode(403);
        put(t, specialist, NOTES, Map.of("enabled", true)).statusCode(403);
        given().get("/api/t/" + t + "/modules").then().statusCode(401);
        assertEquals(0, AdminSql.count("SELECT count(*) FROM tenant_module WHERE tenant_id = ?", t));
    }

    @Test
    void anotherTenantsAdministratorGets404AndChangesNothing() {
        String a = ContractFixtures.tenant();
        String b = ContractFixtures.tenant();
        ContractFixtures.enable(b, NOTES);
        String adminA = ContractFixtures.admin(a);
        given().auth().oauth2(adminA).get("/api/t/" + b + "/modules").then().statusCode(404);
        given().auth().oauth2(adminA).get("/api/t/" + b + "/modules/" + NOTES).then().statusCode(404);
        put(b, adminA, NOTES, Map.of("enabled", false)).statusCode(404);
        put(b, adminA, BOARD, Map.of("enabled", true)).statusCode(404);
        assertEquals(1, AdminSql.count("SELECT count(*) FROM tenant_module WHERE tenant_id = ? AND enabled", b));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM tenant_module WHERE tenant_id = ?", a));
    }

    @Test
    void anUnknownModuleIs404() {
        String t = ContractFixtures.tenant();
        given().auth().oauth2(ContractFixtures.admin(t)).get("/api/t/" + t + "/modules/no-such-module").then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("sample-notes"));
        put(t, ContractFixtures.admin(t), "no-such-module", Map.of("enabled", true)).statusCode(404);
    }
}
