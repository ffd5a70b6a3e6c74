package org.gridx.app.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.StatCounter;
import org.gridx.core.assessment.fact.StatDimension;
import org.gridx.core.assessment.fact.StatPeriod;
import org.gridx.core.assessment.fact.StatQuery;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A generated year on a fresh copy of the demo street: every case is one the loop could have left (legal
 * moves only, its record chained and verifiable, its file matching its last entry, every step's limit on
 * record), the numbers asked for are there, most cases are disposed of, running it again adds nothing, and
 * the assessment figures count every case. Only the tenant's administrator may start it.
 */
@QuarkusTest
class DemoHistoryTest {

    static final String ADMIN = "zhou.lei";
    static final String BODY = "{\"cases\": 300, \"days\": 365, \"visits\": 500, \"appeals\": 40, \"seed\": 7}";

    @Inject
    StatQuery stats;
    @Inject
    TenantContext tenants;

    static RequestSpecification admin(String t) {
        return given().auth().oauth2(Tokens.of(t, ADMIN, "tenant-admin")).contentType(ContentType.JSON);
    }

    static JsonPath generated(String t, String body) {
        admin(t).body(body).post("/api/t/" + t + "/demo/history").then().statusCode(202).body("state", equalTo("running"));
        long until = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < until) {
            JsonPath p = admin(t).get("/api/t/" + t + "/demo/history").then().statusCode(200).extract().jsonPath();
            if (!"running".equals(p.getString("state"))) {
                assertEquals("done", p.getString("state"), "the run ended: " + p.prettify());
                return p;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the history was not generated within 3 minutes");
    }

    static long count(String sql, String t) {
        return AdminSql.count(sql, t);
    }

    @Test
    void aYearOfValidCasesVisitsAndAppealsCountedByTheFiguresAndNeverWrittenTwice() {
        String t = TenantFixtures.demo(Codes.tenant("demo"));
        JsonPath done = generated(t, BODY);
        assertEquals(300, done.getLong("written"));
        assertEquals(100, done.getInt("percent"));

        // every chain verifies through the tenant's own record endpoint
        admin(t).get("/api/t/" + t + "/record/verify").then().statusCode(200)
                .body("intact", equalTo(true)).body("cases", equalTo(300));
        assertEquals(300, count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND number LIKE 'D7-%'", t));
        assertEquals(500, count("SELECT count(*) FROM field_visit WHERE tenant_id = ?", t));
        assertEquals(40, count("SELECT count(*) FROM resident_appeal WHERE tenant_id = ?", t));
        long resolved = count("SELECT count(*) FROM resident_appeal WHERE tenant_id = ? AND status = 'resolved'", t);
        assertTrue(resolved >= 20 && resolved <= 38, "about three in four appeals resolved, got " + resolved);

        // the case file is what its last entry left: state, length, head; closed ones have closed_at, open ones a deadline
        assertEquals(0, count("""
                SELECT count(*) FROM case_file f JOIN case_timeline e ON e.tenant_id = f.tenant_id AND e.case_id = f.id
                  AND e.seq = f.timeline_length WHERE f.tenant_id = ? AND (e.to_state <> f.state OR e.hash <> f.timeline_head
                  OR (f.closed_at IS NULL) <> (f.state NOT IN ('closed', 'evaluated', 'rejected'))
                  OR (f.due_at IS NULL) <> (f.state NOT IN ('reported', 'registered', 'dispatched', 'accepted', 'handled'))
                  OR f.timeline_length <> (SELECT count(*) FROM case_timeline x WHERE x.tenant_id = f.tenant_id AND x.case_id = f.id))""", t));
        // each step-starting entry carries its limit (due), as CaseFlow and CaseIntake write it
        assertEquals(0, count("""
                SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND data->>'due' IS NULL
                  AND action IN ('report', 'register', 'dispatch', 'accept', 'return', 'handle', 'rework')""", t));
        // the list's lead department, unless the case was returned and dispatched elsewhere with a reason
        assertEquals(0, count("""
                SELECT count(*) FROM case_file f JOIN disposal_list_item i ON i.tenant_id = f.tenant_id
                  AND i.version_id = f.list_version_id AND i.code = f.item_code WHERE f.tenant_id = ? AND f.returns = 0
                  AND f.lead_department IS NOT NULL AND f.lead_department <> i.lead_department""", t));
        assertTrue(count("SELECT count(DISTINCT grid_code) FROM case_file WHERE tenant_id = ?", t) >= 20, "spread over the 28 grids");
        assertEquals(0, count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND (lon IS NULL OR lat IS NULL)", t));
        long older = count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND reported_at < now() - interval '20 days'", t);
        long disposed = count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND reported_at < now() - interval '20 days' "
                + "AND state IN ('closed', 'evaluated')", t);
        double rate = (double) disposed / older;
        assertTrue(rate >= 0.88 && rate <= 0.99, "disposal rate above 90 % as in the report, got " + rate);
        assertTrue(count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND action = 'overdue'", t) > 0, "some overdue");
        assertTrue(count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND reworks > 0", t) > 0, "some rework");
        assertTrue(count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND rating IS NOT NULL", t) > 150, "most rated");

        // the figures were brought up to date: every case counted once
        assertEquals(300L, (long) tenants.callAs(t, () -> stats.total(StatPeriod.of(StatDimension.GRID,
                LocalDate.now().minusDays(400), LocalDate.now().plusDays(1))).get(StatCounter.REPORTED)));
        admin(t).get("/api/t/" + t + "/assessment/facts").then().statusCode(200).body("behind", equalTo(0));

        // the same seed again adds nothing
        JsonPath again = generated(t, BODY);
        assertEquals(300, again.getLong("skipped"));
        assertEquals(300, count("SELECT count(*) FROM case_file WHERE tenant_id = ?", t));
        assertEquals(500, count("SELECT count(*) FROM field_visit WHERE tenant_id = ?", t));
        assertEquals(40, count("SELECT count(*) FROM resident_appeal WHERE tenant_id = ?", t));
    }

    @Test
    void onlyThisTenantsAdministratorWithSensibleInput() {
        String t = TenantFixtures.demo(Codes.tenant("demo"));
        String other = TenantFixtures.demo(Codes.tenant("demo"));
        String dispatcher = Tokens.of(t, "sun.haitao", "dispatcher");
        given().auth().oauth2(dispatcher).contentType(ContentType.JSON).body(BODY).post("/api/t/" + t + "/demo/history")
                .then().statusCode(403);
        given().auth().oauth2(dispatcher).get("/api/t/" + t + "/demo/history").then().statusCode(403);
        // another tenant's administrator does not find this tenant at all
        given().auth().oauth2(Tokens.of(other, ADMIN, "tenant-admin")).contentType(ContentType.JSON).body(BODY)
                .post("/api/t/" + t + "/demo/history").then().statusCode(404);
        for (Map.Entry<String, String> bad : Map.of("/cases", "{\"cases\": -1}", "/seed", "{\"seed\": 100000}",
                "/days", "{\"days\": 0}").entrySet()) {
            admin(t).body(bad.getValue()).post("/api/t/" + t + "/demo/history").then().statusCode(422)
                    .contentType("application/problem+json").body("errors.pointer", hasItem(bad.getKey()));
        }
        admin(t).body("{\"cases\": 2000001}").post("/api/t/" + t + "/demo/history").then().statusCode(422)
                .body("errors.pointer", hasItem("/cases"));
        assertEquals(0, count("SELECT count(*) FROM case_file WHERE tenant_id = ?", t), "nothing was written");
        assertEquals(List.of(), AdminSql.query("SELECT number FROM case_file WHERE tenant_id = ?", other));
    }
}
