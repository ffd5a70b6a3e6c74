package org.gridx.app.casework;

import static io.restassured.RestAssured.given;
import static org.gridx.app.casework.Loop.*;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/**
 * Two copies of the demo street: tenant A's people can reach none of B's cases, settings, record, patrol
 * drafts or appeals — neither on B's URLs nor by sending B's ids to their own — and B's rows stay as they were.
 */
@QuarkusTest
class CaseworkCrossTenantTest {

    /** A failed patrol check (私搭乱建) in tenant {@code t}; returns the case report draft's id. */
    static String patrolDraft(String t) {
        String item = as(t, GAO_LIMEI).get(base(t) + "/patrol/checklist").then().statusCode(200).extract()
                .path("find { it.catalogueCode == '06001' }.id");
        return as(t, GAO_LIMEI).header("Idempotency-Key", UUID.randomUUID().toString()).body(Map.of("grid", BEIDA_2, "checks", List.of(Map.of("item", item, "result", "problem",
                "lon", OPPOSITE_BEIDA[0], "lat", OPPOSITE_BEIDA[1], "note", "北大对面新搭彩钢房"))))
                .post(base(t) + "/patrol/rounds").then().statusCode(201).extract().path("caseReportDrafts[0].id");
    }

    /** A resident's appeal a grid worker handed to the loop (to-case); returns its id. */
    static String appealToCase(String t) {
        String id = as(t, GAO_LIMEI).body(Map.of("grid", BEIDA_2, "raisedBy", "张大妈", "address", "北大对面平房区12号",
                "category", "public-facility", "text", "门前路灯不亮")).post(base(t) + "/fieldwork/appeals").then()
                .statusCode(201).extract().path("id");
        as(t, GAO_LIMEI).body(Map.of("action", "to-case", "note", "需职能部门处理")).post(base(t) + "/fieldwork/appeals/" + id + "/actions")
                .then().statusCode(200);
        return id;
    }

    @Test
    void everyCaseworkEndpointOfAnotherTenantIsNotFoundAndBsRowsStayUnchanged() {
        String a = street("xa");
        String b = street("xb");
        String bCase = registered(b, "B的案卷");
        String draft = patrolDraft(b);
        String appeal = appealToCase(b);
        long bEntries = AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ?", b);
        long bCases = AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", b);

        String bBase = base(b);
        for (String user : List.of(ADMIN, DISPATCHER, GAO_LIMEI, CITY_MANAGEMENT, RESIDENT, STREET_SUPERVISOR)) {
            String token = token(a, user);
            for (String path : List.of("/cases", "/cases/" + bCase, "/cases/" + bCase + "/chain", "/record/verify",
                    "/casework/settings")) {
                given().auth().oauth2(token).get(bBase + path).then().statusCode(404).contentType("application/problem+json");
            }
            given().auth().oauth2(token).contentType("application/json").body(problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "x"))
                    .post(bBase + "/cases").then().statusCode(404);
            given().auth().oauth2(token).contentType("application/json").body(action("dispatch"))
                    .post(bBase + "/cases/" + bCase + "/actions").then().statusCode(404);
            given().auth().oauth2(token).contentType("application/json").body(settings(0))
                    .put(bBase + "/casework/settings").then().statusCode(404);
            given().auth().oauth2(token).contentType("application/json").body(Map.of("itemCode", ILLEGAL_STRUCTURE))
                    .post(bBase + "/cases/from/patrol-draft/" + draft).then().statusCode(404);
            given().auth().oauth2(token).contentType("application/json").body(Map.of("itemCode", "01037"))
                    .post(bBase + "/cases/from/appeal/" + appeal).then().statusCode(404);
        }

        // B's ids on A's own URLs: nothing of B's exists in A
        String aBase = base(a);
        for (String user : List.of(ADMIN, DISPATCHER)) {
            as(a, user).get(aBase + "/cases/" + bCase).then().statusCode(404);
            as(a, user).get(aBase + "/cases/" + bCase + "/chain").then().statusCode(404);
            as(a, user).get(aBase + "/cases").then().statusCode(200).body("size()", equalTo(0));
            as(a, user).get(aBase + "/record/verify").then().statusCode(200).body("cases", equalTo(0));
        }
        act(a, DISPATCHER, bCase, action("dispatch")).statusCode(404);
        act(a, DISPATCHER, bCase, action("merge", "mergeInto", bCase)).statusCode(404);
        as(a, DISPATCHER).body(Map.of("itemCode", ILLEGAL_STRUCTURE)).post(aBase + "/cases/from/patrol-draft/" + draft)
                .then().statusCode(404);
        as(a, DISPATCHER).body(Map.of("itemCode", "01037")).post(aBase + "/cases/from/appeal/" + appeal).then().statusCode(404);
        // merging A's case into B's: the target is not a case of A
        String aCase = reported(a, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "A的案卷"));
        act(a, DISPATCHER, aCase, action("merge", "mergeInto", bCase)).statusCode(409);
        // A's settings are A's own
        as(a, ADMIN).body(settings(300)).put(aBase + "/casework/settings").then().statusCode(200)
                .body("duplicateRadiusM", equalTo(300));

        var row = AdminSql.query("SELECT tenant_id, state, lead_department, row_version FROM case_file WHERE id = ?::uuid", bCase).get(0);
        assertEquals(b, row.get("tenant_id"));
        assertEquals("registered", row.get("state"));
        assertNull(row.get("lead_department"));
        assertEquals(bEntries, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ?", b));
        assertEquals(bCases, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", b));
        assertEquals("open", AdminSql.query("SELECT status FROM case_report_draft WHERE id = ?::uuid", draft).get(0).get("status"));
        assertNull(AdminSql.query("SELECT case_ref FROM resident_appeal WHERE id = ?::uuid", appeal).get(0).get("case_ref"));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM case_settings WHERE tenant_id = ?", b));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM case_party WHERE tenant_id = ? AND case_id = ?::uuid", a, bCase));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", a));

        // and B's own people still work their case
        as(b, DISPATCHER).get(bBase + "/cases/" + bCase + "/chain").then().statusCode(200).body("intact", equalTo(true));
        as(b, DISPATCHER).body(Map.of("itemCode", ILLEGAL_STRUCTURE)).post(bBase + "/cases/from/patrol-draft/" + draft)
                .then().statusCode(201).body("summary.source", equalTo("patrol"));
        as(b, DISPATCHER).body(Map.of("itemCode", "01037")).post(bBase + "/cases/from/appeal/" + appeal)
                .then().statusCode(201).body("summary.source", equalTo("appeal"));
    }

    @Test
    void aCaseIdOfAnotherTenantIsNeverAcceptedAsAMergeTargetOrFoundByUuidGuessing() {
        String a = street("xg");
        String aCase = reported(a, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "A"));
        as(a, DISPATCHER).get(base(a) + "/cases/" + UUID.randomUUID()).then().statusCode(404);
        act(a, DISPATCHER, aCase, action("merge", "mergeInto", UUID.randomUUID().toString())).statusCode(409);
        as(a, DISPATCHER).body(Map.of()).post(base(a) + "/cases/from/patrol-draft/" + UUID.randomUUID()).then().statusCode(404);
        as(a, DISPATCHER).body(Map.of()).post(base(a) + "/cases/from/appeal/" + UUID.randomUUID()).then().statusCode(404);
    }

    static Map<String, Object> settings(int radius) {
        return Map.of("duplicateRadiusM", radius, "duplicateWindow", "PT24H", "serviceLimits", Map.of("handle", "PT48H"),
                "remindAtPercent", 80);
    }
}
