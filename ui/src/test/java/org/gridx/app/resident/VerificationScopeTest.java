package org.gridx.app.resident;

import static org.gridx.app.resident.ResidentFixture.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * The grid's people verify the residents of their own grids only: another grid's informant neither sees nor
 * decides them (404), roles without verification get 403, and the resident hears the decision.
 */
@QuarkusTest
class VerificationScopeTest {

    @Test
    void onlyTheGridsOwnInformantOrSpecialistSeesAndDecides() {
        String t = tenant("vs");
        Places p = places(t);
        String id = register(t, "li.min", "李敏", p.unit1()).getString("id");
        String base = "/api/t/" + t + "/registrations";

        as(t, "gao.limei").get(base).then().statusCode(200).body("username", hasItem("li.min"));
        as(t, "zhuanyuan").get(base).then().statusCode(200).body("username", hasItem("li.min"));
        as(t, "admin").get(base).then().statusCode(200).body("username", hasItem("li.min"));
        as(t, "wu.xiuhua").get(base).then().statusCode(200).body("username", not(hasItem("li.min")));
        as(t, "wu.xiuhua").get(base + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(t, "wu.xiuhua").body(Map.of("decision", "verify")).post(base + "/" + id + "/decision").then().statusCode(404);
        as(t, "disp").get(base).then().statusCode(403);
        as(t, "li.min").get(base).then().statusCode(403);
        as(t, "li.min").body(Map.of("decision", "verify")).post(base + "/" + id + "/decision").then().statusCode(403);
        assertEquals("pending", state(t, "li.min"));

        as(t, "gao.limei").body(Map.of("decision", "reject")).post(base + "/" + id + "/decision").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/reason"));
        as(t, "gao.limei").body(Map.of("decision", "maybe")).post(base + "/" + id + "/decision").then().statusCode(400);
        as(t, "gao.limei").body(Map.of("decision", "reject", "reason", "该单元无此住户")).post(base + "/" + id + "/decision")
                .then().statusCode(200).body("state", equalTo("rejected")).body("decidedBy", equalTo("gao.limei"));
        Eventually.until("the resident is told why", () -> AdminSql.count("SELECT count(*) FROM notification WHERE tenant_id = ? "
                + "AND recipient = 'li.min' AND message_zh LIKE '%该单元无此住户%'", t) == 1);

        // the resident corrects the profile: pending again, and now verified
        as(t, "li.min").body(Map.of("displayName", "李敏", "phone", "13800000000")).put("/api/t/" + t + "/profile")
                .then().statusCode(200).body("state", equalTo("pending"));
        as(t, "zhuanyuan").body(Map.of("decision", "verify")).post(base + "/" + id + "/decision").then().statusCode(200)
                .body("state", equalTo("verified")).body("reason", equalTo(null));
        as(t, "gao.limei").get(base + "?state=verified").then().statusCode(200).body("username", hasItem("li.min"));
        as(t, "gao.limei").get(base + "?state=bogus").then().statusCode(422);
    }

    @Test
    void movingHouseSendsTheResidentBackToPendingInTheNewGrid() {
        String t = tenant("vm");
        Places p = places(t);
        verifiedResident(t, "li.min", "李敏", p.unit1(), "gao.limei");
        String profile = "/api/t/" + t + "/profile";
        as(t, "li.min").get(profile).then().statusCode(200).body("state", equalTo("verified"));
        as(t, "li.min").body(Map.of("displayName", "李敏敏", "email", "li@example.com", "placeId", p.unit1())).put(profile)
                .then().statusCode(200).body("state", equalTo("verified")).body("displayName", equalTo("李敏敏"));
        as(t, "li.min").body(Map.of("displayName", "李敏敏", "email", "li@example.com", "placeId", p.unit2())).put(profile)
                .then().statusCode(200).body("state", equalTo("pending")).body("gridCode", equalTo(G2));
        // now the other grid's informant is the one who verifies
        as(t, "wu.xiuhua").get("/api/t/" + t + "/registrations").then().body("username", hasItem("li.min"));
        as(t, "gao.limei").get("/api/t/" + t + "/registrations").then().body("username", not(hasItem("li.min")));
        as(t, "li.min").body(Map.of("displayName", "", "placeId", p.building2())).put(profile).then().statusCode(422)
                .body("errors.pointer", hasItem("/displayName")).body("errors.pointer", hasItem("/placeId"))
                .body("errors.pointer", hasItem("/phone"));
        as(t, "gao.limei").get(profile).then().statusCode(403);
        as(t, "new.comer").get(profile).then().statusCode(404).body("detail", containsString("register"));
    }

    static String state(String t, String username) {
        return (String) AdminSql.query("SELECT state FROM resident_registration WHERE tenant_id = ? AND username = ?", t, username)
                .get(0).get("state");
    }
}
