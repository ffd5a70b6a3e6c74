package org.gridx.app.modules;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridx.api.event.ModuleEnabled;
import org.gridx.api.identity.Role;
import org.gridx.api.module.NavEntry;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.modules.service.ModuleEnablementService;
import org.gridx.core.modules.service.ModuleNavigation;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.contract.ContractFixtures;
import org.gridx.testkit.sample.SampleEventLog;
import org.gridx.testkit.sample.SampleNotesLifecycle;
import org.gridx.testkit.sample.SampleNotesLifecycle.Call;
import org.junit.jupiter.api.Test;

/** Lifecycle hooks run inside the enabling transaction; seeds are idempotent; menus follow enablement. */
@QuarkusTest
class ModuleLifecycleTest {

    @Inject
    SampleNotesLifecycle lifecycle;
    @Inject
    SampleEventLog events;
    @Inject
    ModuleEnablementService enablement;
    @Inject
    ModuleNavigation navigation;
    @Inject
    TenantContext tenant;

    @Test
    void hooksRunInsideTheTransactionAndAFailingHookLeavesTheModuleOff() {
        String t = ContractFixtures.tenant();
        given().auth().oauth2(ContractFixtures.admin(t)).contentType(ContentType.JSON)
                .body(Map.of("enabled", true, "settings", Map.of("max-title-length", SampleNotesLifecycle.REFUSED_MAX_TITLE)))
                .put("/api/t/" + t + "/modules/sample-notes").then().statusCode(409).body("detail", containsString("refuses"));
        assertEquals(0, AdminSql.count("SELECT count(*) FROM tenant_module WHERE tenant_id = ?", t));
        assertFalse(events.received().stream().anyMatch(r -> r.event() instanceof ModuleEnabled && r.event().tenantId().equals(t)));

        ContractFixtures.enable(t, "sample-notes");
        ContractFixtures.disable(t, "sample-notes");
        assertEquals(List.of(new Call("enable", t, true), new Call("enable", t, true), new Call("disable", t, true)),
                lifecycle.calls(t));
    }

    @Test
    void seedingIsIdempotentAndNeedsTheModuleOn() {
        String t = ContractFixtures.tenant();
        ProblemException off = assertThrows(ProblemException.class,
                () -> tenant.runAs(t, () -> enablement.seed("sample-notes")));
        assertEquals(409, off.problem().status());
        ContractFixtures.enable(t, "sample-notes");
        tenant.runAs(t, () -> enablement.seed("sample-notes"));
        tenant.runAs(t, () -> enablement.seed("sample-notes"));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM sample_notes_note WHERE tenant_id = ? AND title = ?", t,
                SampleNotesLifecycle.WELCOME));
    }

    @Test
    void menuEntriesShowOnlyForEnabledModulesAndPermittedRoles() {
        String t = ContractFixtures.tenant();
        Set<String> admin = Set.of(Role.Names.TENANT_ADMIN);
        assertEquals(List.of(), paths(t, admin));
        ContractFixtures.enable(t, "sample-notes");
        assertEquals(List.of("sample-notes/notes"), paths(t, admin));
        ContractFixtures.disable(t, "sample-notes");
        assertEquals(List.of(), paths(t, admin));
    }

    private List<String> paths(String t, Set<String> roles) {
        return tenant.callAs(t, () -> navigation.entries(roles)).stream().map(NavEntry::path)
                .filter(p -> p.startsWith("sample-")).toList();
    }
}
