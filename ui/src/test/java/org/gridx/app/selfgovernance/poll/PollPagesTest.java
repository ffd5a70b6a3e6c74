package org.gridx.app.selfgovernance.poll;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.app.selfgovernance.Residents;
import org.junit.jupiter.api.Test;

/** The poll pages: a verified resident votes from the phone form once; an unverified one is told why not. */
@QuarkusTest
class PollPagesTest {

    @Test
    void aVerifiedResidentVotesFromThePageAndAnUnverifiedOneIsToldHowToBecomeVerified() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        Residents.unverified(t, "wei.yan", Gov.G1);
        JsonPath p = PollsTest.poll(t, 1);
        String id = p.getString("id");
        Gov.page(t, "ren.yi", "polls", false).then().statusCode(200).body(containsString("小区健身器材放在哪里？"));
        Response page = Gov.page(t, "ren.yi", "polls/" + id, false);
        page.then().statusCode(200).body(containsString("<fieldset>")).body(containsString("type=\"radio\""))
                .body(containsString("东门广场"));
        Gov.postForm(t, "ren.yi", page, "polls/" + id + "/ballots", Map.of("option", p.getString("options[0].id")))
                .then().statusCode(303).header("Location", containsString("done=voted"));
        Gov.page(t, "ren.yi", "polls/" + id + "?done=voted", false).then().body(containsString("投票成功"))
                .body(not(containsString("id=\"ballot-form\""))).body(containsString("结果将在投票结束后公布"));

        Response theirs = Gov.page(t, "wei.yan", "polls/" + id, true);
        theirs.then().statusCode(200).body(containsString("Pick one"));
        Gov.postForm(t, "wei.yan", theirs, "polls/" + id + "/ballots", Map.of("option", p.getString("options[1].id")))
                .then().statusCode(303).header("Location", containsString("done=unverified"));
        Gov.page(t, "wei.yan", "polls/" + id + "?done=unverified", true).then().body(containsString("not verified"));
    }
}
