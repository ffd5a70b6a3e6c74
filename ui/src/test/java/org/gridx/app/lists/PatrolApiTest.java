package org.gridx.app.lists;

import static io.restassured.RestAssured.given;
import static org.gridx.app.lists.ListFixtures.admin;
import static org.gridx.app.lists.ListFixtures.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.identity.TokenClaims;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** Patrol rounds: checklist, a failed item becoming a case report draft, idempotent submission, grid scope. */
@QuarkusTest
class PatrolApiTest {

    static final String GRID = "150621901001001";

    static RequestSpecification informant(String tenant, String name, String... scope) {
        String token = Tokens.sign(Tokens.claims(tenant, name, Role.Names.INFORMANT).claim(TokenClaims.GRID_SCOPE, List.of(scope)));
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String checklistItem(String tenant, String zh, String catalogueCode) {
        Map<String, Object> body = catalogueCode == null ? Map.of("text", Map.of("zh", zh))
                : Map.of("text", Map.of("zh", zh, "en", "Check " + zh), "catalogueCode", catalogueCode);
        return admin(tenant).body(body).post("/api/t/" + tenant + "/patrol/checklist").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> round(String lamp, String garbage) {
        return Map.of("grid", GRID, "checks", List.of(
                Map.of("item", lamp, "result", "ok", "lon", 110.04, "lat", 40.40),
                Map.of("item", garbage, "result", "problem", "lon", 110.041, "lat", 40.401, "note", "东门垃圾桶满溢")));
    }

    @Test
    void aFailedItemBecomesACaseReportDraftPrefilledFromTheItem() {
        String t = ListFixtures.tenant();
        String lamp = checklistItem(t, "路灯是否正常", null);
        String garbage = checklistItem(t, "垃圾箱是否满溢", "06042");
        as(t, Role.Names.INFORMANT).get("/api/t/" + t + "/patrol/checklist").then().statusCode(200).body("", hasSize(2));
        String key = UUID.randomUUID().toString();
        String id = informant(t, "gaolimei", GRID).header("Idempotency-Key", key).body(round(lamp, garbage))
                .post("/api/t/" + t + "/patrol/rounds").then().statusCode(201)
                .body("checks", hasSize(2)).body("caseReportDrafts", hasSize(1))
                .body("caseReportDrafts[0].catalogueCode", equalTo("06042"))
                .body("caseReportDrafts[0].catalogueKind", equalTo("item"))
                .body("caseReportDrafts[0].grid", equalTo(GRID))
                .body("caseReportDrafts[0].lon", equalTo(110.041f))
                .body("caseReportDrafts[0].description", equalTo("垃圾箱是否满溢: 东门垃圾桶满溢"))
                .body("caseReportDrafts[0].status", equalTo("open"))
                .extract().path("id");
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_report_draft WHERE tenant_id = ? AND reporter = 'gaolimei'", t));
        as(t, Role.Names.DISPATCHER).get("/api/t/" + t + "/patrol/rounds/" + id).then().statusCode(200).body("informant", equalTo("gaolimei"));
        informant(t, "someone-else", GRID).get("/api/t/" + t + "/patrol/rounds/" + id).then().statusCode(404);
    }

    @Test
    void aRetriedSubmissionWithTheSameKeyRecordsTheRoundOnce() {
        String t = ListFixtures.tenant();
        String lamp = checklistItem(t, "路灯", null);
        String garbage = checklistItem(t, "垃圾", "06010");
        String key = UUID.randomUUID().toString();
        String first = informant(t, "wuxiuhua", GRID).header("Idempotency-Key", key).body(round(lamp, garbage))
                .post("/api/t/" + t + "/patrol/rounds").then().statusCode(201).extract().path("id");
        informant(t, "wuxiuhua", GRID).header("Idempotency-Key", key).body(round(lamp, garbage))
                .post("/api/t/" + t + "/patrol/rounds").then().statusCode(200).body("id", equalTo(first));
        informant(t, "wuxiuhua", GRID).header("Idempotency-Key", key).body(round(garbage, lamp))
                .post("/api/t/" + t + "/patrol/rounds").then().statusCode(409);
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM patrol_round WHERE tenant_id = ?", t));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_report_draft WHERE tenant_id = ?", t));
        informant(t, "wuxiuhua", GRID).body(round(lamp, garbage)).post("/api/t/" + t + "/patrol/rounds").then().statusCode(400);
    }

    @Test
    void roundsOutsideTheInformantsScopeOrWithUnknownItemsAreRefused() {
        String t = ListFixtures.tenant();
        String lamp = checklistItem(t, "路灯", null);
        String garbage = checklistItem(t, "垃圾", null);
        informant(t, "other", "150621901001002").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(round(lamp, garbage)).post("/api/t/" + t + "/patrol/rounds").then().statusCode(403);
        informant(t, "chief", "150621901001").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(round(lamp, garbage)).post("/api/t/" + t + "/patrol/rounds").then().statusCode(201);
        informant(t, "me", GRID).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("grid", GRID, "checks", List.of(Map.of("item", UUID.randomUUID(), "result", "ok"),
                        Map.of("item", lamp, "result", "ok", "lon", 110.0))))
                .post("/api/t/" + t + "/patrol/rounds").then().statusCode(422)
                .body("errors.pointer", hasItem("/checks/0/item")).body("errors.pointer", hasItem("/checks/1/lat"));
        informant(t, "me", GRID).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("grid", "150621901001999", "checks", List.of(Map.of("item", lamp, "result", "ok"))))
                .post("/api/t/" + t + "/patrol/rounds").then().statusCode(422).body("errors[0].pointer", equalTo("/grid"));
        as(t, Role.Names.DISPATCHER).header("Idempotency-Key", UUID.randomUUID().toString()).body(round(lamp, garbage))
                .post("/api/t/" + t + "/patrol/rounds").then().statusCode(403);
        admin(t).body(Map.of("text", Map.of("zh", "x"), "catalogueCode", "06031"))
                .post("/api/t/" + t + "/patrol/checklist").then().statusCode(422).body("errors[0].pointer", equalTo("/catalogueCode"));
    }

    @Test
    void dutyListsByRoleAndLevel() {
        String t = ListFixtures.tenant();
        admin(t).body(Map.of("list", "party-building", "role", "grid-chief", "level", 2,
                "text", Map.of("zh", "每月召开党群议事会", "en", "Hold the party-masses council monthly"), "frequency", "monthly"))
                .post("/api/t/" + t + "/lists/duties").then().statusCode(201);
        admin(t).body(Map.of("list", "convenience", "role", "informant", "level", 3,
                "text", Map.of("zh", "为独居老人代办事项"), "frequency", "weekly"))
                .post("/api/t/" + t + "/lists/duties").then().statusCode(201);
        admin(t).body(Map.of("list", "governance", "role", "resident", "level", 3, "text", Map.of("zh", "x"), "frequency", "daily"))
                .post("/api/t/" + t + "/lists/duties").then().statusCode(422).body("errors[0].pointer", equalTo("/role"));
        admin(t).body(Map.of("list", "other", "role", "informant", "level", 9, "text", Map.of("zh", "x"), "frequency", "hourly"))
                .post("/api/t/" + t + "/lists/duties").then().statusCode(400);
        as(t, Role.Names.INFORMANT).get("/api/t/" + t + "/lists/duties?role=informant&level=3").then().statusCode(200)
                .body("", hasSize(1)).body("[0].text.en", equalTo("为独居老人代办事项"));
        as(t, Role.Names.INFORMANT).get("/api/t/" + t + "/lists/duties?list=party-building").then().body("[0].level", equalTo(2));
        as(t, Role.Names.INFORMANT).body(Map.of()).post("/api/t/" + t + "/lists/duties").then().statusCode(403);
    }
}
