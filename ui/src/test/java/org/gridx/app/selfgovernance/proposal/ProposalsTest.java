package org.gridx.app.selfgovernance.proposal;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.app.selfgovernance.Residents;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Proposals: verified residents raise and support them once each; the threshold makes them ready for an agenda. */
@QuarkusTest
class ProposalsTest {

    static final Map<String, String> PROPOSAL = Map.of("title", "增设电动车充电桩", "body", "楼下飞线充电危险，建议增设充电桩。");

    @Test
    void reachingTheThresholdPutsAProposalOnTheReadyListAndTheOrganiserTakesItOntoTheAgenda() {
        String t = Gov.street(Map.of("proposal-support-threshold", 2));
        Residents.verified(t, "ren.yi", Gov.G1);
        Residents.verified(t, "ren.er", Gov.G1);
        Residents.unverified(t, "wei.yan", Gov.G1);
        Gov.as(t, "wei.yan").body(PROPOSAL).post(Gov.api(t, "proposals")).then().statusCode(403)
                .contentType("application/problem+json").body("detail", containsString("verif"));
        String id = Gov.as(t, "ren.yi").body(PROPOSAL).post(Gov.api(t, "proposals")).then().statusCode(201)
                .body("status", equalTo("open")).body("gridCode", equalTo(Gov.G1)).body("threshold", equalTo(2))
                .extract().path("id");
        String supports = Gov.api(t, "proposals/" + id + "/supports");
        Gov.as(t, "wei.yan").post(supports).then().statusCode(403);
        Gov.as(t, "ren.yi").post(supports).then().statusCode(200).body("supports", equalTo(1)).body("status", equalTo("open"))
                .body("supportedByMe", equalTo(true));
        Gov.as(t, "ren.yi").post(supports).then().statusCode(409).body("detail", containsString("already"));
        Gov.as(t, "chief").get(Gov.api(t, "proposals?status=ready")).then().body("id", not(hasItem(id)));
        Gov.as(t, "ren.er").post(supports).then().statusCode(200).body("supports", equalTo(2)).body("status", equalTo("ready"));
        Gov.as(t, "chief").get(Gov.api(t, "proposals?status=ready")).then().statusCode(200).body("id", hasItem(id));

        String meeting = Gov.as(t, "chief").body(Map.of("kind", "party-masses", "title", "网格党群议事会", "gridCode", Gov.G1,
                "venue", "党群服务站", "startsAt", "2099-01-01T01:00:00Z", "endsAt", "2099-01-01T03:00:00Z"))
                .post(Gov.api(t, "meetings")).then().statusCode(201).extract().path("id");
        Gov.as(t, "chief2").body(Map.of("proposalId", id)).post(Gov.api(t, "meetings/" + meeting + "/agenda")).then().statusCode(403);
        Gov.as(t, "chief").body(Map.of("proposalId", id)).post(Gov.api(t, "meetings/" + meeting + "/agenda")).then()
                .statusCode(200).body("agenda[0].proposalId", equalTo(id)).body("agenda[0].title", equalTo("增设电动车充电桩"));
        Gov.as(t, "chief").body(Map.of("proposalId", id)).post(Gov.api(t, "meetings/" + meeting + "/agenda")).then()
                .statusCode(409);
        Gov.as(t, "ren.yi").get(Gov.api(t, "proposals/" + id)).then().body("status", equalTo("on-agenda")).body("meetingId", equalTo(meeting));
    }

    @Test
    void anOpenProposalIsNotReadyAndBadInputIsExplained() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        String id = Gov.as(t, "ren.yi").body(PROPOSAL).post(Gov.api(t, "proposals")).then().statusCode(201).extract().path("id");
        String meeting = Gov.as(t, "chief").body(Map.of("kind", "public-needs", "title", "会", "gridCode", Gov.G1,
                "venue", "室", "startsAt", "2099-01-01T01:00:00Z", "endsAt", "2099-01-01T03:00:00Z"))
                .post(Gov.api(t, "meetings")).then().statusCode(201).extract().path("id");
        Gov.as(t, "chief").body(Map.of("proposalId", id)).post(Gov.api(t, "meetings/" + meeting + "/agenda")).then()
                .statusCode(409).body("detail", containsString("more supporters"));
        Gov.as(t, "ren.yi").body(Map.of("title", "")).post(Gov.api(t, "proposals")).then().statusCode(400)
                .body("errors.pointer", hasItem("/title")).body("errors.pointer", hasItem("/body"));
        Gov.as(t, "chief").get(Gov.api(t, "proposals?status=done")).then().statusCode(400);
    }

    @Test
    void oneResidentSupportingTwiceAtOnceCountsOnce() throws Exception {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        String id = Gov.as(t, "ren.yi").body(PROPOSAL).post(Gov.api(t, "proposals")).then().statusCode(201).extract().path("id");
        Callable<Integer> support = () -> Gov.as(t, "ren.yi").post(Gov.api(t, "proposals/" + id + "/supports")).statusCode();
        List<Integer> statuses = Gov.atOnce(List.of(support, support, support, support));
        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        assertEquals(1, AdminSql.count("SELECT count(*) FROM self_governance_support WHERE tenant_id = ?", t));
        assertEquals(1, AdminSql.count("SELECT supports FROM self_governance_proposal WHERE tenant_id = ?", t));
    }

    @Test
    void anotherTenantCannotReadListOrSupportProposals() {
        String a = Gov.street();
        String b = Gov.street();
        Residents.verified(a, "ren.yi", Gov.G1);
        Residents.verified(b, "ren.yi", Gov.G1);
        String id = Gov.as(a, "ren.yi").body(PROPOSAL).post(Gov.api(a, "proposals")).then().statusCode(201).extract().path("id");
        Gov.as(a, "ren.yi").post(Gov.api(a, "proposals/" + id + "/supports")).then().statusCode(200);
        List<String> before = Gov.rowsOf(a);
        for (String tenantInPath : List.of(a, b)) {
            Gov.as(b, "ren.yi").get(Gov.api(tenantInPath, "proposals/" + id)).then().statusCode(404);
            Gov.as(b, "ren.yi").post(Gov.api(tenantInPath, "proposals/" + id + "/supports")).then().statusCode(404);
        }
        Gov.as(b, "chief").get(Gov.api(a, "proposals")).then().statusCode(404);
        Gov.as(b, "chief").get(Gov.api(b, "proposals")).then().statusCode(200).body("id", not(hasItem(id)));
        String meetingB = Gov.as(b, "chief").body(Map.of("kind", "public-needs", "title", "会", "gridCode", Gov.G1,
                "venue", "室", "startsAt", "2099-01-01T01:00:00Z", "endsAt", "2099-01-01T03:00:00Z"))
                .post(Gov.api(b, "meetings")).then().statusCode(201).extract().path("id");
        Gov.as(b, "chief").body(Map.of("proposalId", id)).post(Gov.api(b, "meetings/" + meetingB + "/agenda")).then().statusCode(404);
        assertEquals(before, Gov.rowsOf(a), "tenant A's rows changed");
    }
}
