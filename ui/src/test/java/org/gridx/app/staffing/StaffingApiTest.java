package org.gridx.app.staffing;

import static io.restassured.RestAssured.given;
import static org.gridx.app.staffing.StaffingFixture.C;
import static org.gridx.app.staffing.StaffingFixture.G1;
import static org.gridx.app.staffing.StaffingFixture.G2;
import static org.gridx.app.staffing.StaffingFixture.S;
import static org.gridx.app.staffing.StaffingFixture.addPost;
import static org.gridx.app.staffing.StaffingFixture.get;
import static org.gridx.app.staffing.StaffingFixture.post;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Posts, AB takeover, the responsible-person answer, under-staffing and 实名下沉, through the API. */
@QuarkusTest
class StaffingApiTest {

    private static Map<String, String> at(String grid, String role, String at) {
        return Map.of("grid", grid, "role", role, "at", at);
    }

    @Test
    void backupActsExactlyDuringTheHoldersAbsenceAndHandsBackAfterIt() {
        String t = StaffingFixture.tenant();
        addPost(t, G1, "informant", "inf.a", "inf.b");
        post(t, "admin", "/staffing/absences", Map.of("account", "inf.a", "from", "2026-03-02T08:00:00+08:00",
                "to", "2026-03-06T18:00:00+08:00", "reason", "年假")).statusCode(201).body("account.username", equalTo("inf.a"));

        get(t, "inf.c", "/staffing/responsible", at(G1, "informant", "2026-03-02T07:59:59+08:00")).statusCode(200)
                .body("responsible.username", contains("inf.a")).body("posts[0].actingHolder", equalTo("A"));
        get(t, "inf.c", "/staffing/responsible", at(G1, "informant", "2026-03-04T12:00:00+08:00")).statusCode(200)
                .body("responsible.username", contains("inf.b")).body("posts[0].actingHolder", equalTo("B"))
                .body("posts[0].holderA.username", equalTo("inf.a"));
        get(t, "inf.c", "/staffing/responsible", at(G1, "informant", "2026-03-06T18:00:00+08:00")).statusCode(200)
                .body("responsible.username", contains("inf.a"));

        // both away: the post is vacant, and the answer says so instead of naming someone who is not there
        post(t, "admin", "/staffing/absences", Map.of("account", "inf.b", "from", "2026-03-04T00:00:00+08:00",
                "to", "2026-03-05T00:00:00+08:00", "reason", "培训")).statusCode(201);
        get(t, "inf.c", "/staffing/responsible", at(G1, "informant", "2026-03-04T12:00:00+08:00")).statusCode(200)
                .body("responsible", empty()).body("posts[0].vacant", equalTo(true));
    }

    @Test
    void commandRolesWalkUpTheTreeGridRolesDoNot() {
        String t = StaffingFixture.tenant();
        addPost(t, S, "grid-chief", "chief.s", null);
        String community = addPost(t, C, "grid-chief", "chief.c", null);
        get(t, "spec", "/staffing/responsible", at(G1, "grid-chief", "2026-05-01T10:00:00+08:00")).statusCode(200)
                .body("answeredBy", equalTo(C)).body("inherited", equalTo(true))
                .body("responsible.username", contains("chief.c"));
        given().auth().oauth2(StaffingFixture.token(t, "admin")).delete("/api/t/" + t + "/staffing/posts/" + community)
                .then().statusCode(204);
        get(t, "spec", "/staffing/responsible", at(G1, "grid-chief", "2026-05-01T10:00:00+08:00")).statusCode(200)
                .body("answeredBy", equalTo(S)).body("responsible.username", contains("chief.s"));
        get(t, "spec", "/staffing/responsible", at(G2, "specialist", "2026-05-01T10:00:00+08:00")).statusCode(404)
                .contentType("application/problem+json");
        get(t, "spec", "/staffing/responsible", Map.of("grid", G1, "role", "mayor")).statusCode(422)
                .body("errors[0].pointer", equalTo("role"));
        get(t, "spec", "/staffing/responsible", at(G1, "grid-chief", "tomorrow")).statusCode(422)
                .body("errors[0].pointer", equalTo("at"));
        get(t, "spec", "/staffing/responsible", Map.of("grid", "150621901009", "role", "grid-chief")).statusCode(422)
                .body("errors[0].pointer", equalTo("grid"));
    }

    @Test
    void gridsWithFewerInformantPostsThanOnePerHundredHouseholdsAreFlagged() {
        String t = StaffingFixture.tenant();
        addPost(t, G1, "informant", "inf.a", "inf.b");
        get(t, "chief.c", "/staffing/understaffed", Map.of()).statusCode(200)
                .body("find { it.code == '" + G1 + "' }.informantsNeeded", equalTo(3))
                .body("find { it.code == '" + G1 + "' }.informantPosts", equalTo(1))
                .body("find { it.code == '" + G2 + "' }.informantPosts", equalTo(0));
        addPost(t, G2, "informant", "inf.c", null);
        addPost(t, G1, "informant", "inf.b", "inf.a");
        addPost(t, G1, "informant", "inf.c", null);
        get(t, "admin", "/staffing/understaffed", Map.of()).statusCode(200).body("", empty());
    }

    @Test
    void postsAreCheckedAgainstLevelsRolesAndHolders() {
        String t = StaffingFixture.tenant();
        post(t, "admin", "/staffing/posts", Map.of("node", C, "role", "informant", "holderA", "inf.a")).statusCode(422)
                .body("errors[0].pointer", equalTo("/role"));
        post(t, "admin", "/staffing/posts", Map.of("node", G1, "role", "specialist", "holderA", "inf.a")).statusCode(422)
                .body("errors[0].pointer", equalTo("/holderA"));
        post(t, "admin", "/staffing/posts", Map.of("node", G1, "role", "informant", "holderA", "inf.a", "holderB", "inf.a"))
                .statusCode(422).body("errors.pointer", hasItem("/holderB"));
        post(t, "admin", "/staffing/posts", Map.of("node", G1, "role", "informant")).statusCode(400)
                .body("errors.pointer", hasItem("/holderA"));
        addPost(t, C, "grid-chief", "chief.c", null);
        post(t, "admin", "/staffing/posts", Map.of("node", C, "role", "grid-chief", "holderA", "chief.s")).statusCode(409);
        post(t, "chief.c", "/staffing/posts", Map.of("node", G2, "role", "informant", "holderA", "inf.c")).statusCode(403);
        get(t, "inf.a", "/staffing/posts", Map.of()).statusCode(403);
    }

    @Test
    void holdersCanBeChangedAndCommandRolesSeeOnlyTheirSubtree() {
        String t = StaffingFixture.tenant();
        String p = addPost(t, G1, "informant", "inf.a", null);
        addPost(t, S, "grid-chief", "chief.s", null);
        given().auth().oauth2(StaffingFixture.token(t, "admin")).contentType("application/json")
                .body(Map.of("holderA", "inf.b", "holderB", "inf.a")).put("/api/t/" + t + "/staffing/posts/" + p)
                .then().statusCode(200).body("holderA.username", equalTo("inf.b")).body("holderB.username", equalTo("inf.a"));
        get(t, "chief.c", "/staffing/posts", Map.of()).statusCode(200)
                .body("node", contains(G1)).body("node", not(hasItem(S)));
        get(t, "admin", "/staffing/posts", Map.of("node", C)).statusCode(200).body("node", contains(G1));
        get(t, "chief.s", "/staffing/posts", Map.of()).statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void departmentStaffAreSunkIntoGridsWithTheirDepartment() {
        String t = StaffingFixture.tenant();
        post(t, "admin", "/staffing/sinkings", Map.of("account", "handler", "node", G1)).statusCode(201)
                .body("department", equalTo("city-management")).body("node", equalTo(G1));
        post(t, "admin", "/staffing/sinkings", Map.of("account", "handler", "node", G1)).statusCode(409);
        post(t, "admin", "/staffing/sinkings", Map.of("account", "inf.a", "node", G1)).statusCode(422)
                .body("errors[0].pointer", equalTo("/account"));
        get(t, "chief.s", "/staffing/sinkings", Map.of()).statusCode(200).body("account.username", contains("handler"));
        post(t, "chief.s", "/staffing/sinkings", Map.of("account", "handler", "node", G2)).statusCode(403);
    }
}
