package org.gridx.app.selfgovernance.forum;

import static io.restassured.RestAssured.given;
import static org.gridx.app.selfgovernance.forum.Forums.as;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.modules.selfgovernance.SelfGovernanceModule;
import org.gridx.testkit.Codes;
import org.gridx.testkit.TenantFixtures;
import org.gridx.testkit.Tokens;
import org.gridx.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * Forums with the core's resident directory: a registered resident's own grid and community are "mine", and
 * with "verified residents" only a resident the grid's informant verified opens threads.
 */
@QuarkusTest
class ForumResidentsTest {

    private static final String G1 = "150621901001001";
    private static final String G2 = "150621901001002";
    private static final String COMMUNITY = "150621901001";

    @Test
    void aRegisteredResidentsGridAndCommunityAreMineAndOnlyVerifiedResidentsOpenThreadsWhenSoSet() {
        String t = Codes.tenant("sgr");
        ObjectNode d = TenantFixtures.minimal(t, Role.Names.INFORMANT, Role.Names.TENANT_ADMIN);
        TenantFixtures.create(d);
        ContractFixtures.enable(t, SelfGovernanceModule.ID);
        String admin = Tokens.of(t, "tenant-admin", Role.Names.TENANT_ADMIN);
        String g1 = open(t, admin, G1);
        String g2 = open(t, admin, G2);
        String community = open(t, admin, COMMUNITY);
        String unit = place(t, admin);
        String registration = register(t, "li.verified", unit);
        register(t, "zhao.waiting", unit);
        verify(t, registration);

        String verified = Tokens.of(t, "li.verified", Role.Names.RESIDENT);
        String waiting = Tokens.of(t, "zhao.waiting", Role.Names.RESIDENT);
        as(verified).get("/api/t/" + t + "/self-governance/forums").then().statusCode(200)
                .body("find { it.id == '" + g1 + "' }.mine", equalTo(true))
                .body("find { it.id == '" + community + "' }.mine", equalTo(true))
                .body("find { it.id == '" + g2 + "' }.mine", equalTo(false));

        as(admin).body(Map.of("enabled", true, "settings", Map.of("forum-thread-openers", "verified-residents")))
                .put("/api/t/" + t + "/modules/" + SelfGovernanceModule.ID).then().statusCode(200);
        Map<String, String> thread = Map.of("title", "小区停车", "body", "晚上车位不够");
        as(waiting).body(thread).post("/api/t/" + t + "/self-governance/forums/" + g1 + "/threads").then().statusCode(403);
        String id = as(verified).body(thread).post("/api/t/" + t + "/self-governance/forums/" + g1 + "/threads")
                .then().statusCode(201).extract().path("id");
        as(waiting).body(Map.of("body", "同意")).post("/api/t/" + t + "/self-governance/threads/" + id + "/posts")
                .then().statusCode(201);
    }

    private static String open(String t, String admin, String node) {
        return as(admin).body(Map.of("nodeCode", node, "title", "论坛 " + node)).post("/api/t/" + t + "/self-governance/forums")
                .then().statusCode(201).extract().path("id");
    }

    /** A compound, building and unit in G1, where residents register. */
    private static String place(String t, String admin) {
        String compound = placeOf(t, admin, Map.of("kind", "compound", "name", "幸福小区", "gridCode", G1));
        String building = placeOf(t, admin, Map.of("kind", "building", "name", "1号楼", "parentId", compound));
        return placeOf(t, admin, Map.of("kind", "unit", "name", "1单元", "parentId", building));
    }

    private static String placeOf(String t, String admin, Map<String, Object> body) {
        return as(admin).body(body).post("/api/t/" + t + "/places").then().statusCode(201).extract().path("id");
    }

    private static String register(String t, String username, String unit) {
        return given().contentType(ContentType.JSON).body(Map.of("username", username, "displayName", username,
                        "password", "an easy sentence", "phone", "13800000000", "placeId", unit))
                .post("/api/t/" + t + "/registrations").then().statusCode(201).extract().path("id");
    }

    private static void verify(String t, String registration) {
        as(Tokens.of(t, "informant", Role.Names.INFORMANT)).body(Map.of("decision", "verify"))
                .post("/api/t/" + t + "/registrations/" + registration + "/decision").then().statusCode(200);
    }
}
