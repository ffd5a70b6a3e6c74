package org.gridx.app.lists;

import static org.gridx.app.lists.ListFixtures.admin;
import static org.gridx.app.lists.ListFixtures.base;
import static org.gridx.app.lists.ListFixtures.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/**
 * Tenant A's administrator and informant against tenant B: every list and patrol endpoint answers 404, and
 * B's rows (list versions, items, duties, checklist, rounds, drafts) are unchanged. Ids of B's rows are
 * also tried on A's own URLs, where only row-level security and the tenant filter stand in the way.
 */
@QuarkusTest
class ListsCrossTenantTest {

    @Test
    void tenantAReachesNothingOfTenantB() {
        String a = ListFixtures.tenant();
        String b = ListFixtures.tenant();
        String bVersion = ListFixtures.openDraft(b);
        ListFixtures.put(b, bVersion, item("06001", "event", "PT4H"));
        ListFixtures.publish(b, bVersion, null);
        String bDraft = ListFixtures.openDraft(b);
        String bItem = PatrolApiTest.checklistItem(b, "路灯", "06042");
        String bDuty = admin(b).body(Map.of("list", "governance", "role", "informant", "level", 3, "text", Map.of("zh", "巡查"),
                "frequency", "daily")).post("/api/t/" + b + "/lists/duties").then().statusCode(201).extract().path("id");
        String bRound = PatrolApiTest.informant(b, "inf", PatrolApiTest.GRID).header("Idempotency-Key", "key-12345678")
                .body(Map.of("grid", PatrolApiTest.GRID, "checks", List.of(Map.of("item", bItem, "result", "problem"))))
                .post("/api/t/" + b + "/patrol/rounds").then().statusCode(201).extract().path("id");
        String before = snapshot(b);

        // A's tokens on B's URLs: 404 for every endpoint and method.
        String lb = base(b);
        for (String path : List.of(lb, lb + "/versions", lb + "/versions/" + bVersion, lb + "/versions/" + bVersion + "/items/06001",
                lb + "/versions/" + bVersion + "/diff", "/api/t/" + b + "/lists/duties", "/api/t/" + b + "/patrol/checklist",
                "/api/t/" + b + "/patrol/rounds/" + bRound)) {
            admin(a).get(path).then().statusCode(404);
        }
        admin(a).post(lb + "/draft").then().statusCode(404);
        admin(a).body(item("06002", "event", "PT1H")).put(lb + "/versions/" + bDraft + "/items/06002").then().statusCode(404);
        admin(a).delete(lb + "/versions/" + bVersion + "/items/06001").then().statusCode(404);
        admin(a).post(lb + "/versions/" + bDraft + "/publish").then().statusCode(404);
        admin(a).delete(lb + "/versions/" + bDraft).then().statusCode(404);
        admin(a).delete("/api/t/" + b + "/lists/duties/" + bDuty).then().statusCode(404);
        admin(a).delete("/api/t/" + b + "/patrol/checklist/" + bItem).then().statusCode(404);
        PatrolApiTest.informant(a, "inf", PatrolApiTest.GRID).header("Idempotency-Key", "key-12345678")
                .body(Map.of("grid", PatrolApiTest.GRID, "checks", List.of(Map.of("item", bItem, "result", "ok"))))
                .post("/api/t/" + b + "/patrol/rounds").then().statusCode(404);

        // B's ids on A's own URLs: not found, nothing written.
        String la = base(a);
        admin(a).get(la + "/versions/" + bVersion).then().statusCode(404);
        admin(a).get(la + "/versions/" + bVersion + "/items/06001").then().statusCode(404);
        admin(a).body(item("06002", "event", "PT1H")).put(la + "/versions/" + bDraft + "/items/06002").then().statusCode(404);
        admin(a).post(la + "/versions/" + bDraft + "/publish").then().statusCode(404);
        admin(a).delete(la + "/versions/" + bDraft).then().statusCode(404);
        admin(a).delete("/api/t/" + a + "/lists/duties/" + bDuty).then().statusCode(404);
        admin(a).delete("/api/t/" + a + "/patrol/checklist/" + bItem).then().statusCode(404);
        admin(a).get("/api/t/" + a + "/patrol/rounds/" + bRound).then().statusCode(404);
        PatrolApiTest.informant(a, "inf", PatrolApiTest.GRID).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("grid", PatrolApiTest.GRID, "checks", List.of(Map.of("item", bItem, "result", "problem"))))
                .post("/api/t/" + a + "/patrol/rounds").then().statusCode(422);
        admin(a).get(la + "/versions").then().statusCode(200).body("", org.hamcrest.Matchers.hasSize(0));
        admin(a).get("/api/t/" + a + "/lists/duties").then().statusCode(200).body("", org.hamcrest.Matchers.hasSize(0));

        assertEquals(before, snapshot(b));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM patrol_round WHERE tenant_id = ?", a));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM disposal_list_version WHERE tenant_id = ?", a));
    }

    /** Everything of tenant B in the list tables, read past both walls. */
    private static String snapshot(String tenant) {
        StringBuilder s = new StringBuilder();
        for (String table : List.of("disposal_list_version", "disposal_list_item", "duty_item", "patrol_item", "patrol_round",
                "patrol_check", "case_report_draft")) {
            s.append(table).append(AdminSql.query("SELECT * FROM " + table + " WHERE tenant_id = ? ORDER BY id", tenant)).append('\n');
        }
        return s.toString();
    }
}
