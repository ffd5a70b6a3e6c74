package org.gridx.app.onboarding;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.gridx.app.modules.CoreEventProbe;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.Eventually;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A tenant definition turns modules on with their settings in the same all-or-nothing import; a bad
 * setting or a missing required module rejects the whole definition; a committed import is announced
 * once, a rejected one never.
 */
@QuarkusTest
class OnboardingModulesTest {

    @Inject
    CoreEventProbe events;

    @Test
    void modulesAreEnabledWithTheirSettings() {
        String code = Codes.tenant("om");
        ObjectNode d = TenantFixtures.minimal(code, "tenant-admin");
        d.putObject("modules").putObject("sample-notes").put("enabled", true).putObject("settings")
                .put("max-title-length", 30);
        TenantFixtures.create(d);

        given().auth().oauth2(Tokens.of(code, "tenant-admin", "tenant-admin")).get("/api/t/" + code + "/modules/sample-notes")
                .then().statusCode(200).body("enabled", equalTo(true)).body("settings.max-title-length", equalTo(30));
        given().auth().oauth2(Tokens.of(code, "tenant-admin", "tenant-admin")).get("/api/t/" + code + "/sample-notes/notes")
                .then().statusCode(200);
        Eventually.outboxSettled(code);
        assertEquals(1L, events.countFor(code));
    }

    @Test
    void aBadSettingRejectsTheWholeDefinition() {
        String code = Codes.tenant("om");
        ObjectNode d = TenantFixtures.minimal(code, "tenant-admin");
        d.putObject("modules").putObject("sample-notes").put("enabled", true).putObject("settings")
                .put("max-title-length", 5000);
        rejected(d, "#/modules/sample-notes/settings/max-title-length");
        assertEquals(0L, events.countFor(code));
    }

    @Test
    void aModuleWhoseRequirementIsOffRejectsTheWholeDefinition() {
        String code = Codes.tenant("om");
        ObjectNode d = TenantFixtures.minimal(code, "tenant-admin");
        ObjectNode modules = d.putObject("modules");
        modules.putObject("sample-notes").put("enabled", false);
        modules.putObject("sample-board").put("enabled", true);
        rejected(d, "#/modules/sample-board");
    }

    private static void rejected(ObjectNode definition, String pointer) {
        String code = definition.path("tenant").path("code").asText();
        given().auth().oauth2(Tokens.operator("op")).contentType("application/json").body(definition.toString())
                .post("/api/operator/tenants").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem(equalTo(pointer)));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM tenant WHERE code = ?", code));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM tenant_module WHERE tenant_id = ?", code));
    }
}
