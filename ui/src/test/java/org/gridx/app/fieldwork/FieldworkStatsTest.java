package org.gridx.app.fieldwork;

import static org.gridx.app.fieldwork.FieldworkApiTest.appeal;
import static org.gridx.app.fieldwork.FieldworkApiTest.send;
import static org.gridx.app.fieldwork.FieldworkApiTest.visit;
import static org.gridx.app.staffing.StaffingFixture.G1;
import static org.gridx.app.staffing.StaffingFixture.G2;
import static org.gridx.app.staffing.StaffingFixture.S;
import static org.gridx.app.staffing.StaffingFixture.get;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.gridx.app.staffing.StaffingFixture;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/**
 * Counts against a fixture computed by hand, Jan–Feb 2026 in Asia/Shanghai, street S:
 * visits: inf.a G1 Jan 10, Jan 20, Feb 3; inf.c G2 Feb 1 07:00 (still Jan 31 in UTC: counts in February);
 * spec G2 Mar 5 (outside). Appeals: inf.a G1 raised Jan 15 resolved Feb 10; inf.a G1 raised Dec 30 2025
 * (outside) resolved Jan 5 (inside); inf.c G2 raised Feb 20, open.
 * By grid: G1 3 visits / 1 collected / 2 resolved; G2 1 / 1 / 0. By worker: inf.a 3/1/2, inc.c 1/1/0.
 * By month: G1 Jan 2/1/1, G1 Feb 1/0/1, G2 Feb 1/1/0.
 */
@QuarkusTest
class FieldworkStatsTest {

    private static void resolvedAt(String t, String user, String appealId, String at) {
        send(t, user, "/fieldwork/appeals/" + appealId + "/actions", Map.of("action", "resolve", "note", "已解决"), null)
                .statusCode(200);
        AdminSql.update("UPDATE resident_appeal SET resolved_at = ? WHERE id = ?", OffsetDateTime.parse(at), UUID.fromString(appealId));
    }

    @Test
    void countsPerGridWorkerAndMonthMatchTheHandComputedFixture() {
        String t = StaffingFixture.tenant();
        send(t, "inf.a", "/fieldwork/visits", visit(G1, "1", "2026-01-10T10:00:00+08:00"), null).statusCode(201);
        send(t, "inf.a", "/fieldwork/visits", visit(G1, "2", "2026-01-20T10:00:00+08:00"), null).statusCode(201);
        send(t, "inf.a", "/fieldwork/visits", visit(G1, "3", "2026-02-03T10:00:00+08:00"), null).statusCode(201);
        send(t, "inf.c", "/fieldwork/visits", visit(G2, "4", "2026-02-01T07:00:00+08:00"), null).statusCode(201);
        send(t, "spec", "/fieldwork/visits", visit(G2, "5", "2026-03-05T10:00:00+08:00"), null).statusCode(201);
        String a1 = send(t, "inf.a", "/fieldwork/appeals", appeal(G1, "a1", "2026-01-15T09:00:00+08:00"), null)
                .statusCode(201).extract().path("id");
        String a2 = send(t, "inf.a", "/fieldwork/appeals", appeal(G1, "a2", "2025-12-30T09:00:00+08:00"), null)
                .statusCode(201).extract().path("id");
        send(t, "inf.c", "/fieldwork/appeals", appeal(G2, "a3", "2026-02-20T09:00:00+08:00"), null).statusCode(201);
        resolvedAt(t, "inf.a", a1, "2026-02-10T09:00:00+08:00");
        resolvedAt(t, "inf.a", a2, "2026-01-05T09:00:00+08:00");

        Map<String, Object> q = Map.of("node", S, "from", "2026-01-01", "to", "2026-02-28");
        get(t, "chief.s", "/fieldwork/stats", q).statusCode(200)
                .body("rows.key", contains(G1, G2)).body("rows.visits", contains(3, 1))
                .body("rows.appealsCollected", contains(1, 1)).body("rows.appealsResolved", contains(2, 0))
                .body("totals.visits", equalTo(4)).body("totals.appealsCollected", equalTo(2))
                .body("totals.appealsResolved", equalTo(2));
        get(t, "admin", "/fieldwork/stats", with(q, "by", "worker")).statusCode(200)
                .body("rows.key", contains("inf.a", "inf.c")).body("rows.visits", contains(3, 1))
                .body("rows.appealsCollected", contains(1, 1)).body("rows.appealsResolved", contains(2, 0));
        get(t, "chief.s", "/fieldwork/stats", with(q, "period", "month")).statusCode(200)
                .body("rows.key", contains(G1, G1, G2)).body("rows.period", contains("2026-01-01", "2026-02-01", "2026-02-01"))
                .body("rows.visits", contains(2, 1, 1)).body("rows.appealsCollected", contains(1, 0, 1))
                .body("rows.appealsResolved", contains(1, 1, 0));
        get(t, "inf.c", "/fieldwork/stats", Map.of("node", G2, "from", "2026-01-01", "to", "2026-02-28")).statusCode(200)
                .body("totals.visits", equalTo(1)).body("totals.appealsCollected", equalTo(1));
        get(t, "inf.c", "/fieldwork/stats", Map.of("node", G1)).statusCode(403);
        get(t, "chief.s", "/fieldwork/stats", with(q, "to", "2025-12-01")).statusCode(422);
        get(t, "chief.s", "/fieldwork/stats", with(q, "by", "street")).statusCode(400);
        get(t, "chief.s", "/fieldwork/stats", with(q, "from", "01/01/2026")).statusCode(422)
                .body("errors[0].pointer", equalTo("from"));
    }

    private static Map<String, Object> with(Map<String, Object> q, String k, Object v) {
        var m = new java.util.HashMap<>(q);
        m.put(k, v);
        return m;
    }
}
