package org.gridx.app.selfgovernance.election;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.app.selfgovernance.Residents;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/**
 * Elections of a resident-group leader: nominations accepted by the nominee, one ballot per verified
 * household (or per resident, by the tenant's setting), turnout, and the winner taking the post.
 */
@QuarkusTest
class ElectionsTest {

    static String call(String tenant, int electorate) {
        return Gov.as(tenant, "chief").body(Map.of("post", "resident-group-leader", "title", "第一居民小组组长选举",
                "gridCode", Gov.G1, "electorate", electorate,
                "opensAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                "closesAt", Instant.now().plus(3, ChronoUnit.DAYS).toString()))
                .post(Gov.api(tenant, "elections")).then().statusCode(201).extract().path("id");
    }

    /** Nominates and has the nominee accept; returns the candidate's id. */
    static String standing(String tenant, String election, String username) {
        String cid = Gov.as(tenant, "chief").body(Map.of("username", username)).post(Gov.api(tenant, "elections/" + election + "/candidates"))
                .then().statusCode(201).extract().path("candidates.find { it.username == '" + username + "' }.id");
        Gov.as(tenant, username).body(Map.of("accept", true))
                .post(Gov.api(tenant, "elections/" + election + "/candidates/" + cid + "/answer")).then().statusCode(200);
        return cid;
    }

    static void shift(String election, String opens, String closes) {
        AdminSql.update("UPDATE self_governance_election SET opens_at = now() + ?::interval, closes_at = now() + ?::interval "
                + "WHERE id = ?::uuid", opens, closes, election);
    }

    @Test
    void oneBallotPerHouseholdTurnoutAndTheWinnerTakesThePost() {
        String t = Gov.street();
        Residents.verifiedInHousehold(t, "zhang.san", Gov.G1, "1-101");
        Residents.verifiedInHousehold(t, "zhang.si", Gov.G1, "1-101");
        Residents.verifiedInHousehold(t, "li.wu", Gov.G1, "1-102");
        Residents.verifiedInHousehold(t, "wang.liu", Gov.G1, "1-103");
        Residents.unverified(t, "wei.yan", Gov.G1);
        String e = call(t, 10);
        String zhang = standing(t, e, "zhang.san");
        String li = standing(t, e, "li.wu");
        String ballots = Gov.api(t, "elections/" + e + "/ballots");
        Gov.as(t, "wang.liu").body(Map.of("candidateId", zhang)).post(ballots).then().statusCode(409)
                .body("detail", containsString("not now"));

        shift(e, "-1 minute", "1 day");
        Gov.as(t, "wei.yan").body(Map.of("candidateId", zhang)).post(ballots).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("verified"));
        Gov.as(t, "zhang.san").body(Map.of("candidateId", zhang)).post(ballots).then().statusCode(201)
                .body("votedByMe", equalTo(true)).body("results", nullValue());
        Gov.as(t, "zhang.si").get(Gov.api(t, "elections/" + e)).then().body("votedByMe", equalTo(true));
        Gov.as(t, "zhang.si").body(Map.of("candidateId", li)).post(ballots).then().statusCode(409)
                .body("detail", containsString("household"));
        Gov.as(t, "li.wu").body(Map.of("candidateId", li)).post(ballots).then().statusCode(201);
        Gov.as(t, "wang.liu").body(Map.of("candidateId", zhang)).post(ballots).then().statusCode(201);
        Gov.as(t, "chief").post(Gov.api(t, "elections/" + e + "/count")).then().statusCode(409)
                .body("detail", containsString("after voting closes"));

        shift(e, "-2 days", "-1 minute");
        Gov.as(t, "chief2").post(Gov.api(t, "elections/" + e + "/count")).then().statusCode(403);
        Gov.as(t, "chief").post(Gov.api(t, "elections/" + e + "/count")).then().statusCode(200)
                .body("phase", equalTo("decided")).body("results.winner", equalTo("zhang.san"))
                .body("results.ballots", equalTo(3)).body("results.turnout", equalTo(0.3f))
                .body("results.tallies[0].votes", equalTo(2));
        assertEquals("zhang.san", Residents.postHolder(t, "resident-group-leader", Gov.G1));
        Gov.as(t, "chief").post(Gov.api(t, "elections/" + e + "/count")).then().statusCode(200)
                .body("results.winner", equalTo("zhang.san"));
    }

    @Test
    void aBuildingHeadIsElectedForTheBuildingAndHoldsItsPost() {
        String t = Gov.street();
        Residents.verifiedInHousehold(t, "zhang.san", Gov.G1, "1-101");
        String building = Residents.building(t, Gov.G1);
        String e = Gov.as(t, "chief").body(Map.of("post", "building-head", "title", "1号楼楼栋长选举", "gridCode", Gov.G1,
                "placeId", building, "electorate", 1, "opensAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(),
                "closesAt", Instant.now().plus(3, ChronoUnit.DAYS).toString()))
                .post(Gov.api(t, "elections")).then().statusCode(201).extract().path("id");
        String zhang = standing(t, e, "zhang.san");
        shift(e, "-1 minute", "1 day");
        Gov.as(t, "zhang.san").body(Map.of("candidateId", zhang)).post(Gov.api(t, "elections/" + e + "/ballots")).then().statusCode(201);
        shift(e, "-2 days", "-1 minute");
        Gov.as(t, "chief").post(Gov.api(t, "elections/" + e + "/count")).then().statusCode(200)
                .body("results.winner", equalTo("zhang.san")).body("results.turnout", equalTo(1.0f));
        assertEquals("zhang.san", Residents.postHolder(t, "building-head", Gov.G1));
    }

    @Test
    void withOneBallotPerResidentEachMemberOfAHouseholdVotesOnceAndAtOnceCountsOnce() throws Exception {
        String t = Gov.street(Map.of("election-ballot-basis", "resident"));
        Residents.verifiedInHousehold(t, "zhang.san", Gov.G1, "1-101");
        Residents.verifiedInHousehold(t, "zhang.si", Gov.G1, "1-101");
        String e = call(t, 2);
        String zhang = standing(t, e, "zhang.san");
        shift(e, "-1 minute", "1 day");
        String ballots = Gov.api(t, "elections/" + e + "/ballots");
        Gov.as(t, "zhang.san").body(Map.of("candidateId", zhang)).post(ballots).then().statusCode(201)
                .body("ballotBasis", equalTo("resident"));
        Callable<Integer> vote = () -> Gov.as(t, "zhang.si").body(Map.of("candidateId", zhang)).post(ballots).statusCode();
        List<Integer> statuses = Gov.atOnce(List.of(vote, vote, vote, vote));
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
        assertEquals(2, AdminSql.count("SELECT count(*) FROM self_governance_election_ballot WHERE tenant_id = ?", t));
    }

    @Test
    void nomineesMustBeVerifiedResidentsOfTheGridAndOnlyTheyAccept() {
        String t = Gov.street();
        Residents.verifiedInHousehold(t, "zhang.san", Gov.G1, "1-101");
        Residents.verifiedInHousehold(t, "far.away", Gov.G2, "9-901");
        Residents.unverified(t, "wei.yan", Gov.G1);
        String e = call(t, 10);
        String nominate = Gov.api(t, "elections/" + e + "/candidates");
        Gov.as(t, "chief").body(Map.of("username", "wei.yan")).post(nominate).then().statusCode(409).body("detail", containsString("verified"));
        Gov.as(t, "chief").body(Map.of("username", "far.away")).post(nominate).then().statusCode(409).body("detail", containsString(Gov.G2));
        Gov.as(t, "wei.yan").body(Map.of("username", "zhang.san")).post(nominate).then().statusCode(403);
        String cid = Gov.as(t, "far.away").body(Map.of("username", "zhang.san")).post(nominate).then().statusCode(201)
                .extract().path("candidates[0].id");
        Gov.as(t, "chief").body(Map.of("username", "zhang.san")).post(nominate).then().statusCode(409);
        String answer = Gov.api(t, "elections/" + e + "/candidates/" + cid + "/answer");
        Gov.as(t, "chief").body(Map.of("accept", true)).post(answer).then().statusCode(403);
        Gov.as(t, "zhang.san").body(Map.of()).post(answer).then().statusCode(400).body("errors[0].pointer", equalTo("/accept"));
        Gov.as(t, "zhang.san").body(Map.of("accept", true)).post(answer).then().statusCode(200)
                .body("candidates[0].status", equalTo("accepted"));
        shift(e, "-1 minute", "1 day");
        Gov.as(t, "chief").body(Map.of("username", "far.away")).post(nominate).then().statusCode(409)
                .body("detail", containsString("Nominations closed"));
        Gov.as(t, "chief").body(Map.of("post", "building-head", "title", "楼栋长", "gridCode", Gov.G1, "electorate", 0,
                "opensAt", "2099-01-01T00:00:00Z", "closesAt", "2099-01-02T00:00:00Z")).post(Gov.api(t, "elections"))
                .then().statusCode(400).body("errors[0].pointer", equalTo("/electorate"));
        Gov.as(t, "chief").body(Map.of("post", "building-head", "title", "楼栋长", "gridCode", Gov.G1, "electorate", 20,
                "opensAt", "2099-01-01T00:00:00Z", "closesAt", "2099-01-02T00:00:00Z")).post(Gov.api(t, "elections"))
                .then().statusCode(422).body("errors[0].pointer", equalTo("/placeId"));
    }

    @Test
    void anotherTenantCannotReadNominateVoteOrCount() {
        String a = Gov.street();
        String b = Gov.street();
        Residents.verifiedInHousehold(a, "zhang.san", Gov.G1, "1-101");
        Residents.verifiedInHousehold(b, "zhang.san", Gov.G1, "1-101");
        String e = call(a, 10);
        String cid = standing(a, e, "zhang.san");
        List<String> before = Gov.rowsOf(a);
        for (String tenantInPath : List.of(a, b)) {
            Gov.as(b, "chief").get(Gov.api(tenantInPath, "elections/" + e)).then().statusCode(404);
            Gov.as(b, "chief").body(Map.of("username", "zhang.san")).post(Gov.api(tenantInPath, "elections/" + e + "/candidates"))
                    .then().statusCode(404);
            Gov.as(b, "zhang.san").body(Map.of("accept", false))
                    .post(Gov.api(tenantInPath, "elections/" + e + "/candidates/" + cid + "/answer")).then().statusCode(404);
            Gov.as(b, "zhang.san").body(Map.of("candidateId", cid)).post(Gov.api(tenantInPath, "elections/" + e + "/ballots"))
                    .then().statusCode(404);
            Gov.as(b, "chief").post(Gov.api(tenantInPath, "elections/" + e + "/count")).then().statusCode(404);
        }
        Gov.as(b, "chief").get(Gov.api(a, "elections")).then().statusCode(404);
        Gov.as(b, "chief").get(Gov.api(b, "elections")).then().statusCode(200).body("id", not(hasItem(e)));
        assertEquals(before, Gov.rowsOf(a), "tenant A's rows changed");
    }
}
