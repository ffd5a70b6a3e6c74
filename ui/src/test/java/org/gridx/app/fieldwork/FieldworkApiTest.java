package org.gridx.app.fieldwork;

import static io.restassured.RestAssured.given;
import static org.gridx.app.staffing.StaffingFixture.G1;
import static org.gridx.app.staffing.StaffingFixture.G2;
import static org.gridx.app.staffing.StaffingFixture.get;
import static org.gridx.app.staffing.StaffingFixture.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.gridx.app.staffing.StaffingFixture;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Household visits and resident appeals from a phone: scope, reading rights, idempotent retries, states. */
@QuarkusTest
class FieldworkApiTest {

    static ValidatableResponse send(String t, String user, String path, Object body, String key) {
        var req = given().auth().oauth2(token(t, user)).contentType("application/json").body(body);
        if (key != null) {
            req.header("Idempotency-Key", key);
        }
        return req.post("/api/t/" + t + path).then();
    }

    static Map<String, Object> visit(String grid, String address, String at) {
        Map<String, Object> m = new HashMap<>(Map.of("grid", grid, "address", address, "asked", "家里几口人，有无困难",
                "found", "独居老人，需要定期探访", "followUp", true));
        if (at != null) {
            m.put("visitedAt", at);
        }
        return m;
    }

    static Map<String, Object> appeal(String grid, String text, String at) {
        Map<String, Object> m = new HashMap<>(Map.of("grid", grid, "raisedBy", "李大爷", "address", "3号楼2单元501",
                "category", "public-facility", "text", text));
        if (at != null) {
            m.put("raisedAt", at);
        }
        return m;
    }

    @Test
    void aWorkerRecordsVisitsInTheirScopeOnlyAndCommandRolesReadTheirSubtree() {
        String t = StaffingFixture.tenant();
        String id = send(t, "inf.a", "/fieldwork/visits", visit(G1, "3号楼2单元501", null), null).statusCode(201)
                .body("grid", equalTo(G1)).body("visitor.username", equalTo("inf.a")).body("followUp", equalTo(true))
                .body("visitedAt", notNullValue()).extract().path("id");
        send(t, "inf.a", "/fieldwork/visits", visit(G2, "平房区12号", null), null).statusCode(403)
                .contentType("application/problem+json");
        send(t, "chief.c", "/fieldwork/visits", visit(G2, "平房区12号", null), null).statusCode(201);
        send(t, "disp", "/fieldwork/visits", visit(G1, "x", null), null).statusCode(403);
        send(t, "inf.a", "/fieldwork/visits", Map.of("grid", G1), null).statusCode(400).body("errors.pointer", hasItem("/address"));
        send(t, "inf.a", "/fieldwork/visits", visit(G1, "x", "2099-01-01T00:00:00+08:00"), null).statusCode(422)
                .body("errors[0].pointer", equalTo("/visitedAt"));

        get(t, "inf.a", "/fieldwork/visits/" + id, Map.of()).statusCode(200).body("address", equalTo("3号楼2单元501"));
        get(t, "inf.b", "/fieldwork/visits/" + id, Map.of()).statusCode(200);
        get(t, "inf.c", "/fieldwork/visits/" + id, Map.of()).statusCode(404);
        get(t, "inf.c", "/fieldwork/visits", Map.of()).statusCode(200).body("grid", contains(G2));
        get(t, "inf.a", "/fieldwork/visits", Map.of("mine", true)).statusCode(200).body("size()", equalTo(1));
        get(t, "sup.c", "/fieldwork/visits", Map.of()).statusCode(200).body("size()", equalTo(2));
        get(t, "inf.a", "/fieldwork/visits", Map.of("node", G2)).statusCode(403);
        get(t, "handler", "/fieldwork/visits", Map.of()).statusCode(403);
    }

    @Test
    void aRetriedCreateReturnsTheFirstRecordAndAReusedKeyWithOtherContentIsRefused() {
        String t = StaffingFixture.tenant();
        String key = UUID.randomUUID().toString();
        String first = send(t, "inf.a", "/fieldwork/visits", visit(G1, "5号楼", "2026-01-10T10:00:00+08:00"), key)
                .statusCode(201).extract().path("id");
        send(t, "inf.a", "/fieldwork/visits", visit(G1, "5号楼", "2026-01-10T10:00:00+08:00"), key).statusCode(200)
                .body("id", equalTo(first));
        send(t, "inf.a", "/fieldwork/visits", visit(G1, "6号楼", "2026-01-10T10:00:00+08:00"), key).statusCode(409)
                .contentType("application/problem+json");
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM field_visit WHERE tenant_id = ?", t));
        // another worker's key space is their own
        send(t, "inf.b", "/fieldwork/visits", visit(G1, "6号楼", null), key).statusCode(201);

        String a = send(t, "inf.a", "/fieldwork/appeals", appeal(G1, "路灯坏了", null), key).statusCode(201).extract().path("id");
        send(t, "inf.a", "/fieldwork/appeals", appeal(G1, "路灯坏了", null), key).statusCode(200).body("id", equalTo(a));
        send(t, "inf.a", "/fieldwork/appeals", appeal(G1, "井盖丢了", null), key).statusCode(409);
        send(t, "inf.a", "/fieldwork/visits", visit(G1, "x", null), "short").statusCode(422)
                .body("errors[0].pointer", equalTo("Idempotency-Key"));
    }

    @Test
    void anAppealIsStartedResolvedWithANoteOrHandedToTheLoop() {
        String t = StaffingFixture.tenant();
        String a = send(t, "inf.a", "/fieldwork/appeals", appeal(G1, "楼道灯不亮", null), null).statusCode(201)
                .body("status", equalTo("open")).extract().path("id");
        String path = "/fieldwork/appeals/" + a + "/actions";
        send(t, "inf.a", path, Map.of("action", "start"), null).statusCode(200).body("status", equalTo("in-progress"));
        send(t, "inf.a", path, Map.of("action", "resolve"), null).statusCode(422).body("errors[0].pointer", equalTo("/note"));
        send(t, "chief.c", path, Map.of("action", "resolve", "note", "已协调物业更换灯泡"), null).statusCode(200)
                .body("status", equalTo("resolved")).body("resolvedAt", notNullValue());
        send(t, "inf.a", path, Map.of("action", "to-case"), null).statusCode(409);
        send(t, "inf.c", path, Map.of("action", "start"), null).statusCode(404);
        send(t, "inf.a", path, Map.of("action", "close"), null).statusCode(400);

        String b = send(t, "inf.a", "/fieldwork/appeals", appeal(G1, "小区围墙开裂", null), null).statusCode(201).extract().path("id");
        send(t, "inf.a", "/fieldwork/appeals/" + b + "/actions", Map.of("action", "to-case", "note", "需住建部门处置"), null)
                .statusCode(200).body("status", equalTo("to-case")).body("casePayload.grid", equalTo(G1))
                .body("casePayload.appealId", equalTo(b)).body("casePayload.text", equalTo("小区围墙开裂"))
                .body("caseRef", equalTo(null));
        get(t, "chief.c", "/fieldwork/appeals", Map.of("status", "to-case")).statusCode(200).body("id", contains(b));
        get(t, "chief.c", "/fieldwork/appeals", Map.of("status", "closed")).statusCode(400);
        send(t, "inf.a", "/fieldwork/appeals", Map.of("grid", G1, "raisedBy", "x", "category", "weather", "text", "x"), null)
                .statusCode(400).body("errors[0].pointer", equalTo("/category"));
    }
}
