package org.gridx.app.selfgovernance.poll;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.app.selfgovernance.Residents;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Polls: verified residents only, one ballot each (also when sent twice at once), results only after closing. */
@QuarkusTest
class PollsTest {

    static JsonPath poll(String tenant, int maxChoices) {
        return Gov.as(tenant, "chief").body(Map.of("question", "小区健身器材放在哪里？",
                "options", List.of("东门广场", "中心花园", "北侧空地"), "maxChoices", maxChoices, "gridCode", Gov.G1,
                "opensAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString(),
                "closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()))
                .post(Gov.api(tenant, "polls")).then().statusCode(201).extract().jsonPath();
    }

    @Test
    void unverifiedResidentsCannotVoteEveryoneElseVotesOnceAndResultsWaitForTheClose() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        Residents.verified(t, "ren.er", Gov.G1);
        Residents.unverified(t, "wei.yan", Gov.G1);
        JsonPath p = poll(t, 1);
        String id = p.getString("id");
        String east = p.getString("options[0].id");
        String centre = p.getString("options[1].id");
        String ballots = Gov.api(t, "polls/" + id + "/ballots");

        Gov.as(t, "wei.yan").body(Map.of("optionIds", List.of(east))).post(ballots).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("verified"));
        Gov.as(t, "nobody").body(Map.of("optionIds", List.of(east))).post(ballots).then().statusCode(403);
        Gov.as(t, "ren.yi").body(Map.of("optionIds", List.of(east, centre))).post(ballots).then().statusCode(422)
                .body("errors[0].message", containsString("single choice"));
        Gov.as(t, "ren.yi").body(Map.of("optionIds", List.of(east))).post(ballots).then().statusCode(201)
                .body("votedByMe", equalTo(true)).body("results", nullValue());
        Gov.as(t, "ren.yi").body(Map.of("optionIds", List.of(centre))).post(ballots).then().statusCode(409)
                .body("detail", containsString("already voted"));
        Gov.as(t, "ren.er").body(Map.of("optionIds", List.of(centre))).post(ballots).then().statusCode(201);
        Gov.as(t, "chief").get(Gov.api(t, "polls/" + id)).then().body("state", equalTo("open")).body("results", nullValue());

        Gov.as(t, "chief2").post(Gov.api(t, "polls/" + id + "/close")).then().statusCode(403);
        Gov.as(t, "ren.yi").post(Gov.api(t, "polls/" + id + "/close")).then().statusCode(403);
        Gov.as(t, "chief").post(Gov.api(t, "polls/" + id + "/close")).then().statusCode(200).body("state", equalTo("closed"))
                .body("results.ballots", equalTo(2)).body("results.tallies.votes", equalTo(List.of(1, 1, 0)));
        Gov.as(t, "ren.er").body(Map.of("optionIds", List.of(east))).post(ballots).then().statusCode(409)
                .body("detail", containsString("closed"));
    }

    @Test
    void aMultipleChoicePollTakesUpToItsMaximumOfItsOwnOptions() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        JsonPath p = poll(t, 2);
        JsonPath other = poll(t, 1);
        String ballots = Gov.api(t, "polls/" + p.getString("id") + "/ballots");
        List<String> all = p.getList("options.id", String.class);
        Gov.as(t, "ren.yi").body(Map.of("optionIds", all)).post(ballots).then().statusCode(422)
                .body("errors[0].message", containsString("at most 2"));
        Gov.as(t, "ren.yi").body(Map.of("optionIds", List.of(other.getString("options[0].id")))).post(ballots).then().statusCode(422)
                .body("errors[0].message", containsString("not options of this poll"));
        Gov.as(t, "ren.yi").body(Map.of("optionIds", List.of("not-an-id"))).post(ballots).then().statusCode(400);
        Gov.as(t, "ren.yi").body(Map.of("optionIds", all.subList(0, 2))).post(ballots).then().statusCode(201);
        Gov.as(t, "chief").body(Map.of("question", "?", "options", List.of("a", "a"), "maxChoices", 1, "gridCode", Gov.G1,
                "opensAt", "2099-01-01T00:00:00Z", "closesAt", "2099-01-02T00:00:00Z")).post(Gov.api(t, "polls")).then()
                .statusCode(422).body("errors[0].pointer", equalTo("/options"));
        Gov.as(t, "ren.yi").body(Map.of("question", "?", "options", List.of("a", "b"), "maxChoices", 1, "gridCode", Gov.G1,
                "opensAt", "2099-01-01T00:00:00Z", "closesAt", "2099-01-02T00:00:00Z")).post(Gov.api(t, "polls")).then()
                .statusCode(403);
    }

    @Test
    void twoBallotsOfOneResidentAtOnceCountOnce() throws Exception {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        JsonPath p = poll(t, 1);
        String ballots = Gov.api(t, "polls/" + p.getString("id") + "/ballots");
        Callable<Integer> vote = () -> Gov.as(t, "ren.yi").body(Map.of("optionIds", List.of(p.getString("options[0].id"))))
                .post(ballots).statusCode();
        List<Integer> statuses = Gov.atOnce(List.of(vote, vote, vote, vote, vote));
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
        assertEquals(4, statuses.stream().filter(s -> s == 409).count(), "statuses " + statuses);
        assertEquals(1, AdminSql.count("SELECT count(*) FROM self_governance_poll_ballot WHERE tenant_id = ?", t));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM self_governance_poll_choice WHERE tenant_id = ?", t));
    }

    @Test
    void anotherTenantCannotReadVoteInOrClosePolls() {
        String a = Gov.street();
        String b = Gov.street();
        Residents.verified(a, "ren.yi", Gov.G1);
        Residents.verified(b, "ren.yi", Gov.G1);
        JsonPath p = poll(a, 1);
        String id = p.getString("id");
        Gov.as(a, "ren.yi").body(Map.of("optionIds", List.of(p.getString("options[0].id")))).post(Gov.api(a, "polls/" + id + "/ballots"))
                .then().statusCode(201);
        List<String> before = Gov.rowsOf(a);
        for (String tenantInPath : List.of(a, b)) {
            Gov.as(b, "chief").get(Gov.api(tenantInPath, "polls/" + id)).then().statusCode(404);
            Gov.as(b, "ren.yi").body(Map.of("optionIds", List.of(p.getString("options[1].id"))))
                    .post(Gov.api(tenantInPath, "polls/" + id + "/ballots")).then().statusCode(404);
            Gov.as(b, "chief").post(Gov.api(tenantInPath, "polls/" + id + "/close")).then().statusCode(404);
        }
        Gov.as(b, "chief").get(Gov.api(a, "polls")).then().statusCode(404);
        Gov.as(b, "chief").get(Gov.api(b, "polls")).then().statusCode(200).body("id", not(hasItem(id)));
        assertEquals(before, Gov.rowsOf(a), "tenant A's rows changed");
    }
}
