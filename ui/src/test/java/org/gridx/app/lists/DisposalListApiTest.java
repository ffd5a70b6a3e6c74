package org.gridx.app.lists;

import static org.gridx.app.lists.ListFixtures.admin;
import static org.gridx.app.lists.ListFixtures.as;
import static org.gridx.app.lists.ListFixtures.base;
import static org.gridx.app.lists.ListFixtures.item;
import static org.gridx.app.lists.ListFixtures.openDraft;
import static org.gridx.app.lists.ListFixtures.publish;
import static org.gridx.app.lists.ListFixtures.put;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.junit.jupiter.api.Test;

/** Versioning of the disposal list: drafts, publishing, the version in force at T, frozen old versions, diffs. */
@QuarkusTest
class DisposalListApiTest {

    @Test
    void aDraftIsInvisibleToStaffUntilPublished() {
        String t = ListFixtures.tenant();
        String v = openDraft(t);
        put(t, v, item("06001", "event", "PT4H"));
        as(t, Role.Names.DISPATCHER).get(base(t)).then().statusCode(404);
        as(t, Role.Names.DISPATCHER).get(base(t) + "/versions/" + v).then().statusCode(404);
        as(t, Role.Names.DISPATCHER).get(base(t) + "/versions").then().statusCode(200).body("", hasSize(0));
        admin(t).get(base(t) + "/versions/" + v).then().statusCode(200).body("status", equalTo("draft"))
                .body("items", hasSize(1));
        publish(t, v, null);
        as(t, Role.Names.DISPATCHER).get(base(t)).then().statusCode(200).body("id", equalTo(v))
                .body("items[0].code", equalTo("06001")).body("items[0].local", equalTo(false))
                .body("items[0].limits.handle", equalTo("PT4H")).body("items[0].coDepartments", equalTo(List.of("sanitation")))
                .body("items[0].escalation[1].level", equalTo("community"));
    }

    @Test
    void anItemsLimitsInAnOldVersionStayAfterANewVersionIsPublished() {
        String t = ListFixtures.tenant();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String v1 = openDraft(t);
        put(t, v1, item("06001", "event", "PT4H"));
        put(t, v1, item("01001", "component", "PT24H"));
        publish(t, v1, t0.minus(2, ChronoUnit.DAYS).toString());
        String v2 = openDraft(t);
        admin(t).get(base(t) + "/versions/" + v2).then().body("items", hasSize(2)).body("number", equalTo(2));
        put(t, v2, item("06001", "event", "PT2H"));
        put(t, v2, item("L00001", "event", "PT8H"));
        admin(t).delete(base(t) + "/versions/" + v2 + "/items/01001").then().statusCode(204);
        // Editing the published version is refused.
        admin(t).body(item("06001", "event", "PT1H")).put(base(t) + "/versions/" + v1 + "/items/06001").then().statusCode(409);
        publish(t, v2, t0.minus(1, ChronoUnit.DAYS).toString());

        String reader = Role.Names.DEPARTMENT_HANDLER;
        as(t, reader).get(base(t) + "/versions/" + v1 + "/items/06001").then().statusCode(200).body("limits.handle", equalTo("PT4H"));
        as(t, reader).get(base(t) + "/versions/" + v2 + "/items/06001").then().statusCode(200).body("limits.handle", equalTo("PT2H"));
        as(t, reader).get(base(t) + "/versions/" + v2 + "/items/L00001").then().body("local", equalTo(true));
        as(t, reader).get(base(t) + "?at=" + t0.minus(36, ChronoUnit.HOURS)).then().body("id", equalTo(v1));
        as(t, reader).get(base(t) + "?at=" + t0).then().body("id", equalTo(v2));
        as(t, reader).get(base(t) + "?at=" + t0.minus(3, ChronoUnit.DAYS)).then().statusCode(404);
        as(t, reader).get(base(t) + "/versions/" + v2 + "/diff").then().statusCode(200)
                .body("previousNumber", equalTo(1)).body("added", equalTo(List.of("L00001")))
                .body("removed", equalTo(List.of("01001"))).body("changed[0].code", equalTo("06001"))
                .body("changed[0].fields[0].field", equalTo("limits.handle"))
                .body("changed[0].fields[0].before", equalTo("PT4H")).body("changed[0].fields[0].after", equalTo("PT2H"));
        // A later version cannot take effect before the one it replaces.
        String v3 = openDraft(t);
        admin(t).body(Map.of("effectiveFrom", t0.minus(10, ChronoUnit.DAYS).toString()))
                .post(base(t) + "/versions/" + v3 + "/publish").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/effectiveFrom"));
    }

    @Test
    void unknownDepartmentsBadDurationsAndWrongCatalogueCodesAre422WithPointers() {
        String t = ListFixtures.tenant();
        String v = openDraft(t);
        Map<String, Object> bad = new HashMap<>(item("06001", "event", "4 hours"));
        bad.put("leadDepartment", "no-such-dept");
        bad.put("coDepartments", List.of("sanitation", "ghost"));
        bad.put("escalation", List.of(Map.of("level", "street", "role", "grid-chief", "within", "PT1H"),
                Map.of("level", "grid", "role", "resident", "within", "-PT1H")));
        admin(t).body(bad).put(base(t) + "/versions/" + v + "/items/06001").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItems("/leadDepartment", "/coDepartments/1", "/limits/handle",
                        "/escalation/1/level", "/escalation/1/role", "/escalation/1/within"));
        // 06001 is a matter (事项), not a component (部件).
        admin(t).body(item("06001", "component", "PT2H")).put(base(t) + "/versions/" + v + "/items/06001").then()
                .statusCode(422).body("errors.pointer", hasItem("/code"));
        admin(t).body(item("99999", "event", "PT2H")).put(base(t) + "/versions/" + v + "/items/99999").then()
                .statusCode(422).body("errors.pointer", hasItem("/code"));
        admin(t).body(item("bad", "event", "PT2H")).put(base(t) + "/versions/" + v + "/items/bad").then().statusCode(400);
        admin(t).get(base(t) + "/versions/" + v).then().body("items", hasSize(0));
    }

    @Test
    void onlyTenantAdminsEditAndResidentsReadNothing() {
        String t = ListFixtures.tenant();
        as(t, Role.Names.DISPATCHER).post(base(t) + "/draft").then().statusCode(403);
        as(t, Role.Names.RESIDENT).get(base(t) + "/versions").then().statusCode(403);
        String v = openDraft(t);
        as(t, Role.Names.INFORMANT).body(item("06001", "event", "PT2H")).put(base(t) + "/versions/" + v + "/items/06001")
                .then().statusCode(403);
        as(t, Role.Names.INFORMANT).post(base(t) + "/versions/" + v + "/publish").then().statusCode(403);
    }
}
