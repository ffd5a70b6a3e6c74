package org.gridx.app.selfgovernance.meeting;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.junit.jupiter.api.Test;

/**
 * Tenant B cannot read, list or change tenant A's meetings, agenda, parties, invitations, registrations,
 * minutes or resolutions: every path answers 404, with B's token on A's address or on B's own.
 */
@QuarkusTest
class MeetingCrossTenantTest {

    @Test
    void anotherTenantGets404EverywhereAndChangesNothing() {
        String a = Gov.street();
        String b = Gov.street();
        Map<String, Object> m = Meetings.publicNeeds(5);
        m.put("kind", "four-party");
        m.put("parties", List.of(Map.of("party", "party-branch", "representative", "张书记"),
                Map.of("party", "residents-committee", "representative", "刘主任"),
                Map.of("party", "owners-committee", "representative", "赵主任"),
                Map.of("party", "property-company", "representative", "陈经理")));
        String id = Gov.as(a, "chief").body(m).post(Gov.api(a, "meetings")).then().statusCode(201).extract().path("id");
        Gov.as(a, "r1").post(Meetings.path(a, id) + "/registration").then().statusCode(200);
        Gov.as(a, "chief").body(Map.of("usernames", List.of("r1"))).post(Meetings.path(a, id) + "/invitations").then().statusCode(200);
        Gov.as(a, "chief").body(Map.of("text", "纪要")).put(Meetings.path(a, id) + "/minutes").then().statusCode(200);
        String rid = Gov.as(a, "chief").body(Map.of("text", "决议", "itemCode", Gov.ITEM))
                .post(Meetings.path(a, id) + "/resolutions").then().statusCode(201).extract().path("id");
        List<String> before = Gov.rowsOf(a);
        assertTrue(before.size() >= 9, "tenant A's rows: " + before);

        for (String tenantInPath : List.of(a, b)) {
            String p = Meetings.path(tenantInPath, id);
            Gov.as(b, "chief").get(p).then().statusCode(404);
            Gov.as(b, "r1").post(p + "/registration").then().statusCode(404);
            Gov.as(b, "r1").delete(p + "/registration").then().statusCode(404);
            Gov.as(b, "chief").body(Map.of("text", "篡改")).put(p + "/minutes").then().statusCode(404);
            Gov.as(b, "chief").body(Map.of("usernames", List.of("x"))).post(p + "/invitations").then().statusCode(404);
            Gov.as(b, "chief").body(Map.of("usernames", List.of("r1"))).put(p + "/attendance").then().statusCode(404);
            Gov.as(b, "chief").body(Map.of("title", "x")).post(p + "/agenda").then().statusCode(404);
            Gov.as(b, "chief").body(Map.of("text", "x")).post(p + "/resolutions").then().statusCode(404);
            Gov.as(b, "chief").post(p + "/resolutions/" + rid + "/case").then().statusCode(404);
        }
        Gov.as(b, "chief").get(Gov.api(a, "meetings")).then().statusCode(404);
        Gov.as(b, "chief").get(Gov.api(b, "meetings")).then().statusCode(200).body("id", not(hasItem(id)));
        assertEquals(before, Gov.rowsOf(a), "tenant A's rows changed");
    }
}
