package org.gridx.app.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Timestamp;
import java.util.Map;
import java.util.UUID;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What one report writes, as bench/case-intake.sh sends it (a point, an item, a fresh key): one case row
 * written by a single INSERT that already carries its step clock and timeline head (no UPDATE after it:
 * row_version stays 0; step start and deadline set after persist() once failed the INSERT), and one
 * timeline entry the case's head points to.
 */
@QuarkusTest
class CaseIntakeWriteTest {

    static final Map<String, Object> REPORT = Map.of("kind", "problem", "itemCode", "06001", "lon", 110.03,
            "lat", 40.40, "description", "北大社区对面新搭违建");

    @Test
    void aReportByPointIsOneCaseWithItsDeadlineAndOneChainedTimelineEntry() {
        String t = TenantFixtures.demo(Codes.tenant("ci"));
        String token = Tokens.of(t, "gao.limei", "informant");
        String id = given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "intake-write-1")
                .body(REPORT).post("/api/t/" + t + "/cases")
                .then().statusCode(201).body("summary.state", equalTo("reported"))
                .body("summary.itemCode", equalTo("06001")).body("summary.dueAt", notNullValue())
                .body("timeline.size()", equalTo(1)).extract().path("summary.id");

        var row = AdminSql.query("SELECT step_started_at, due_at, overdue, timeline_length, timeline_head, grid_code, row_version "
                + "FROM case_file WHERE tenant_id = ? AND id = ?", t, UUID.fromString(id)).get(0);
        Timestamp started = (Timestamp) row.get("step_started_at");
        Timestamp due = (Timestamp) row.get("due_at");
        assertNotNull(started);
        assertTrue(due.after(started), "the verify deadline lies after the step start");
        assertEquals(false, row.get("overdue"));
        assertEquals(1, row.get("timeline_length"));
        assertEquals(0, row.get("row_version"), "written once: no UPDATE followed the INSERT");
        assertTrue(((String) row.get("grid_code")).startsWith("150621001"), "grid found from the point");
        var entry = AdminSql.query("SELECT seq, action, hash FROM case_timeline WHERE tenant_id = ? AND case_id = ?",
                t, UUID.fromString(id));
        assertEquals(1, entry.size());
        assertEquals("report", entry.get(0).get("action"));
        assertEquals(row.get("timeline_head"), entry.get(0).get("hash"));

        // the same key and content again: the first case, not a second one
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "intake-write-1")
                .body(REPORT).post("/api/t/" + t + "/cases").then().statusCode(200).body("summary.id", equalTo(id));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", t));
    }
}
