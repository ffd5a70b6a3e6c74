package org.gridx.app.casework;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.gridx.core.casework.service.IntakeReads;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/**
 * What one report writes, as bench/case-intake.sh sends it (a point, an item, a fresh key): one case row, its
 * first timeline entry, its reporter as a party, its first timers and its event, written by one statement; the
 * case row already carries its step clock and timeline head (no UPDATE after it:
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

        var party = AdminSql.query("SELECT party, kind FROM case_party WHERE tenant_id = ? AND case_id = ?", t, UUID.fromString(id));
        assertEquals(1, party.size());
        assertEquals("gao.limei", party.get(0).get("party"));
        assertEquals("reporter", party.get(0).get("kind"));

        // its first timers and its event went with it: the deadline at the case's limit, the reminder before it
        var timers = AdminSql.query("SELECT kind, due_at FROM timer WHERE tenant_id = ? AND subject_id = ? AND fired_at IS NULL "
                + "ORDER BY kind", t, UUID.fromString(id));
        assertEquals(2, timers.size(), "deadline and reminder: " + timers);
        assertEquals("case.deadline", timers.get(0).get("kind"));
        assertEquals(due, timers.get(0).get("due_at"));
        assertEquals("case.remind", timers.get(1).get("kind"));
        assertTrue(((Timestamp) timers.get(1).get("due_at")).before(due), "the reminder comes before the deadline");
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM outbox_event WHERE tenant_id = ? AND live_type IS NOT NULL "
                + "AND payload->>'caseId' = ?", t, id), "one event of the new case in the outbox");

        // the same key and content again: the first case, not a second one, and no case number used up
        long numbered = AdminSql.count("SELECT last_value FROM case_number_seq");
        given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "intake-write-1")
                .body(REPORT).post("/api/t/" + t + "/cases").then().statusCode(200).body("summary.id", equalTo(id));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", t));
        assertEquals(numbered, AdminSql.count("SELECT last_value FROM case_number_seq"), "a resend takes no case number");
    }

    /**
     * Intake reads the tenant's loop settings with its first query (not a round trip of their own): they must
     * still shape the report. Here a reminder at 80 % of the limit (default 75 %), and a radius of 10 m
     * (default 50 m), so a second report of the item 25 m away is not flagged as a duplicate.
     */
    @Test
    void theTenantsLoopSettingsShapeAReport() {
        String t = TenantFixtures.demo(Codes.tenant("cs"));
        Loop.as(t, Loop.ADMIN).body(Map.of("duplicateRadiusM", 10, "duplicateWindow", "PT24H", "remindAtPercent", 80))
                .put("/api/t/" + t + "/casework/settings").then().statusCode(200);
        String token = Tokens.of(t, "gao.limei", "informant");
        for (double lon : new double[] {110.03, 110.0303}) { // 0.0003° of longitude here: about 25 m
            Map<String, Object> report = new java.util.HashMap<>(REPORT);
            report.put("lon", lon);
            String id = given().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", "settings-" + lon)
                    .body(report).post("/api/t/" + t + "/cases").then().statusCode(201).extract().path("summary.id");
            var c = AdminSql.query("SELECT reported_at, due_at, duplicate_of FROM case_file WHERE tenant_id = ? AND id = ?",
                    t, UUID.fromString(id)).get(0);
            assertEquals(null, c.get("duplicate_of"), "no other open case within 10 m");
            Instant at = ((Timestamp) c.get("reported_at")).toInstant();
            Instant due = ((Timestamp) c.get("due_at")).toInstant();
            Instant remind = ((Timestamp) AdminSql.query("SELECT due_at FROM timer WHERE tenant_id = ? AND subject_id = ? "
                    + "AND kind = 'case.remind'", t, UUID.fromString(id)).get(0).get("due_at")).toInstant();
            Instant expected = at.plusMillis(Duration.between(at, due).toMillis() * 80 / 100);
            assertTrue(Duration.between(expected, remind).abs().toMillis() < 1000, "reminder at 80 % of the limit: " + remind
                    + ", expected " + expected);
        }
    }

    /**
     * Every report asks for an open case of its item nearby. That must stay an index search of a small strip of
     * open cases (case_file_open_near), never a walk through the street's recent cases: once it read 7,016
     * rows per report after 40 s of load (through case_file_recent_located; there was no better index). The
     * street here holds 6,000 cases spread over its area and 30 items, half of them newer than the planner's
     * statistics, as between two ANALYZEs; sequential scans are off so that the question is which index serves
     * the search. A state list or column order that drifts from the index fails here.
     */
    @Test
    void theDuplicateSearchReadsTheIndexOfOpenCasesNearAPoint() throws SQLException {
        String t = TenantFixtures.demo(Codes.tenant("cn"));
        given().auth().oauth2(Tokens.of(t, "gao.limei", "informant")).contentType("application/json")
                .header("Idempotency-Key", "near-seed").body(REPORT).post("/api/t/" + t + "/cases").then().statusCode(201);
        StringBuilder plan = new StringBuilder();
        try (Connection c = AdminSql.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE seed AS SELECT f.* FROM case_file f, generate_series(1, 3000) WHERE f.tenant_id = '" + t + "'");
            String spread = "UPDATE seed SET id = gen_random_uuid(), number = 'N' || substr(md5(random()::text), 1, 12), "
                    + "idempotency_key = md5(random()::text), item_code = '06' || lpad((1 + floor(random() * 30))::text, 3, '0'), "
                    + "lon = 110.0105 + random() * 0.039, lat = 40.3855 + random() * 0.029, reported_at = now() - ";
            s.execute(spread + "interval '4 days' - random() * interval '56 days'");
            s.execute("INSERT INTO case_file SELECT * FROM seed");
            s.execute("ANALYZE case_file");
            // the last three days arrive after the statistics were taken, as they always do between two ANALYZEs
            s.execute(spread + "random() * interval '3 days'");
            s.execute("INSERT INTO case_file SELECT * FROM seed");
            s.execute("SET enable_seqscan = off");
            try (PreparedStatement p = c.prepareStatement("EXPLAIN " + IntakeReads.START)) {
                Object[] params = IntakeReads.params(new IntakeReads.Asked(t, "gao.limei", "near-probe", Instant.now(),
                        "06001", 40.40, 110.03));
                for (int i = 0; i < params.length; i++) {
                    p.setObject(i + 1, params[i]);
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        assertTrue(plan.toString().contains("Index Scan using case_file_open_near"), plan.toString());
        assertTrue(plan.toString().matches("(?s).*Index Cond: [^\n]*item_code[^\n]*lat >= [^\n]*lon >= [^\n]*reported_at >= .*"),
                "the item, the box and the window are conditions of the index, not filters after it:\n" + plan);
    }
}
