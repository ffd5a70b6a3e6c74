package org.gridx.app.selfgovernance.election;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.app.selfgovernance.Residents;
import org.junit.jupiter.api.Test;

/** The election pages: the nominee accepts on the page, a verified resident votes, the result shows turnout and winner. */
@QuarkusTest
class ElectionPagesTest {

    @Test
    void aNomineeAcceptsAResidentVotesAndTheResultShows() {
        String t = Gov.street();
        Residents.verifiedInHousehold(t, "zhang.san", Gov.G1, "1-101");
        Residents.verifiedInHousehold(t, "li.wu", Gov.G1, "1-102");
        String e = ElectionsTest.call(t, 4);
        String cid = Gov.as(t, "chief").body(Map.of("username", "zhang.san")).post(Gov.api(t, "elections/" + e + "/candidates"))
                .then().statusCode(201).extract().path("candidates[0].id");
        Response nominee = Gov.page(t, "zhang.san", "elections/" + e, false);
        nominee.then().statusCode(200).body(containsString("您被提名为候选人")).body(containsString("接受提名"));
        Gov.postForm(t, "zhang.san", nominee, "elections/" + e + "/candidates/" + cid + "/answer", Map.of("accept", "true"))
                .then().statusCode(303).header("Location", containsString("done=answered"));

        ElectionsTest.shift(e, "-1 minute", "1 day");
        Response voter = Gov.page(t, "li.wu", "elections/" + e, false);
        voter.then().body(containsString("每户一票")).body(containsString("name=\"candidate\""));
        Gov.postForm(t, "li.wu", voter, "elections/" + e + "/ballots", Map.of("candidate", cid)).then().statusCode(303)
                .header("Location", containsString("done=voted"));

        ElectionsTest.shift(e, "-2 days", "-1 minute");
        Gov.as(t, "chief").post(Gov.api(t, "elections/" + e + "/count")).then().statusCode(200);
        Gov.page(t, "li.wu", "elections/" + e, false).then().body(containsString("投票率 25.0%"))
                .body(containsString("当选：zhang.san"));
        Gov.page(t, "li.wu", "elections/" + e, true).then().body(containsString("turnout 25.0%"))
                .body(containsString("Elected: zhang.san"));
        Gov.page(Gov.street(), "li.wu", "elections/" + e, false).then().statusCode(404);
    }
}
