package org.gridx.testkit.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridx.api.event.DomainEvent;
import org.gridx.api.event.DomainEvents;
import org.gridx.api.event.TenantOnboarded;
import org.gridx.api.identity.Role;
import org.gridx.api.module.ModuleManifest;
import org.gridx.core.modules.service.ModuleManifestValidator;
import org.gridx.core.modules.service.ModuleRegistry;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Eventually;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What every "+X" module must satisfy, written once. A module's {@code @QuarkusTest} extends this class
 * and says how to create and list one piece of its data through its API; the contract then checks the
 * declaration, the schema (tenant_id, row-level security), that the changelog installs into an empty
 * database after the core's, 404 of API and page while disabled, tenant isolation and event delivery. Each test makes its own tenants, so order and leftovers do not matter.
 */
public abstract class ModuleContractTest {

    /** The module under test. */
    protected abstract String moduleId();

    /** Creates one piece of data in {@code tenant} through the API; returns its API path ({@code /api/t/…/{id}}). */
    protected abstract String createOne(String tenant, String token);

    /** The API path that lists the module's data in {@code tenant} (a JSON array). */
    protected abstract String listPath(String tenant);

    /** A valid body for PUT on an item path. */
    protected abstract Object updateBody();

    /** Every event the module's {@code @ForModule} observers received so far (tests keep a recorder). */
    protected abstract List<DomainEvent> receivedEvents();

    /** A page of the module ({@code /t/{tenant}/<id>/…}) that must come and go with it; empty when it has none. */
    protected Optional<String> pagePath(String tenant) {
        return Optional.empty();
    }

    /** Roles of the account that creates and reads data; tenant-admin by default. */
    protected String[] roles() {
        return new String[] {Role.Names.TENANT_ADMIN};
    }

    @Test
    void declarationIsValid() {
        ModuleRegistry registry = CDI.current().select(ModuleRegistry.class).get();
        ModuleManifest manifest = registry.manifest(moduleId()).orElseThrow(() -> new AssertionError(
                "module '" + moduleId() + "' is not in the registry: is its jar indexed (jandex) and on the classpath?"));
        Set<String> ids = Set.copyOf(registry.dependencyOrder());
        assertEquals(List.of(), ModuleManifestValidator.onClasspath().problemsOf(manifest, ids));
        for (String required : manifest.requires()) {
            assertTrue(registry.dependencyOrder().indexOf(required) < registry.dependencyOrder().indexOf(moduleId()));
        }
    }

    @Test
    void everyTableOfTheModuleIsTenantOwnedWithForcedRowLevelSecurity() throws Exception {
        try (Connection c = AdminSql.connect()) {
            ModuleTables.assertTenantOwned(ModuleTables.of(c, manifest().tablePrefix()));
        }
    }

    @Test
    void theChangelogAppliesToAnEmptyDatabaseAfterTheCoresAndWhatTheModuleRequires() throws Exception {
        String prefix = manifest().tablePrefix();
        List<String> expected;
        try (Connection c = AdminSql.connect()) {
            expected = ModuleTables.names(ModuleTables.of(c, prefix));
        }
        try (FreshDatabase fresh = new FreshDatabase()) {
            fresh.migrate(ModuleChangelogs.inInstallOrder(CDI.current().select(ModuleRegistry.class).get(), moduleId()));
            try (Connection c = fresh.connect()) {
                List<ModuleTables.Table> tables = ModuleTables.of(c, prefix);
                assertEquals(expected, ModuleTables.names(tables),
                        "the changelog alone must create the tables the module has in the application's database");
                ModuleTables.assertTenantOwned(tables);
                assertTrue(ModuleChangelogs.ranFrom(c, manifest().changelog()) > 0,
                        manifest().changelog() + " ran no changeset in the empty database");
            }
        }
    }

    @Test
    void endpointsAnswer404WhileDisabledAndComeBackWithTheDataWhenEnabledAgain() {
        String t = ContractFixtures.tenant();
        String token = Tokens.of(t, "worker", roles());
        Optional<String> page = pagePath(t);
        given().auth().oauth2(token).get(listPath(t)).then().statusCode(404);
        page.ifPresent(p -> given().auth().oauth2(token).accept("text/html").get(p).then().statusCode(404));
        ContractFixtures.enable(t, moduleId());
        String item = createOne(t, token);
        given().auth().oauth2(token).get(listPath(t)).then().statusCode(200);
        page.ifPresent(p -> given().auth().oauth2(token).accept("text/html").get(p).then().statusCode(200));
        ContractFixtures.disable(t, moduleId());
        given().auth().oauth2(token).get(listPath(t)).then().statusCode(404);
        given().auth().oauth2(token).get(item).then().statusCode(404);
        page.ifPresent(p -> given().auth().oauth2(token).accept("text/html").get(p).then().statusCode(404));
        ContractFixtures.enable(t, moduleId());
        given().auth().oauth2(token).get(item).then().statusCode(200);
    }

    @Test
    void aTenantCannotReadListUpdateOrDeleteAnotherTenantsData() {
        String a = ContractFixtures.tenant();
        String b = ContractFixtures.tenant();
        ContractFixtures.enable(a, moduleId());
        ContractFixtures.enable(b, moduleId());
        String tokenA = Tokens.of(a, "worker", roles());
        String itemB = createOne(b, Tokens.of(b, "worker", roles()));
        String id = itemB.substring(itemB.lastIndexOf('/') + 1);
        String sameIdInA = itemB.replaceFirst("^/api/t/" + b + "/", "/api/t/" + a + "/");
        List<String> before = rowsOf(b);
        assertFalse(before.isEmpty(), "creating through the API must store a row in a '" + moduleId() + "' table");

        for (String path : List.of(itemB, sameIdInA)) {
            given().auth().oauth2(tokenA).get(path).then().statusCode(404);
            given().auth().oauth2(tokenA).contentType(ContentType.JSON).body(updateBody()).put(path).then().statusCode(404);
            given().auth().oauth2(tokenA).delete(path).then().statusCode(404);
        }
        given().auth().oauth2(tokenA).get(listPath(b)).then().statusCode(404);
        String listA = given().auth().oauth2(tokenA).get(listPath(a)).then().statusCode(200).extract().asString();
        assertFalse(listA.contains(id), "tenant A's list shows tenant B's data");
        pagePath(b).ifPresent(p -> given().auth().oauth2(tokenA).accept("text/html").get(p).then().statusCode(404));
        pagePath(a).ifPresent(p -> assertFalse(given().auth().oauth2(tokenA).accept("text/html").get(p).then()
                .statusCode(200).extract().asString().contains(id), "tenant A's page shows tenant B's data"));
        assertEquals(before, rowsOf(b), "tenant B's rows changed");
    }

    @Test
    void eventsArriveOnlyForTenantsThatEnabledTheModule() {
        String on = ContractFixtures.tenant();
        String off = ContractFixtures.tenant();
        ContractFixtures.enable(on, moduleId());
        DomainEvent forOn = new TenantOnboarded(on, Instant.now(), false);
        DomainEvent forOff = new TenantOnboarded(off, Instant.now(), false);
        DomainEvents events = CDI.current().select(DomainEvents.class).get();
        QuarkusTransaction.requiringNew().run(() -> {
            events.publish(forOn);
            events.publish(forOff);
        });
        Eventually.outboxSettled(on);
        Eventually.outboxSettled(off);
        assertTrue(receivedEvents().contains(forOn), "the event of a tenant with the module on did not arrive");
        assertFalse(receivedEvents().contains(forOff), "the event of a tenant with the module off arrived");
    }

    private ModuleManifest manifest() {
        return CDI.current().select(ModuleRegistry.class).get().manifest(moduleId()).orElseThrow();
    }

    /** Every row of the module's tables that belongs to {@code tenant}, as JSON text, in a stable order. */
    private List<String> rowsOf(String tenant) {
        String prefix = moduleId().replace('-', '_') + "_";
        List<String> tables = AdminSql.query("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                + "AND starts_with(tablename, ?) ORDER BY 1", prefix).stream()
                .map(r -> (String) r.get("tablename")).toList();
        return tables.stream().flatMap(tbl -> AdminSql.query("SELECT row_to_json(x)::text AS j FROM " + tbl
                + " x WHERE tenant_id = ? ORDER BY 1", tenant).stream().map(r -> tbl + " " + r.get("j")))
                .collect(Collectors.toList());
    }
}
