package org.gridx.app.selfgovernance.proposal;

import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.app.selfgovernance.Residents;
import org.junit.jupiter.api.Test;

/** The proposals page: a verified resident raises one from the form, another supports it, in zh and en. */
@QuarkusTest
class ProposalPagesTest {

    @Test
    void residentsRaiseAndSupportFromThePage() {
        String t = Gov.street(Map.of("proposal-support-threshold", 1));
        Residents.verified(t, "ren.yi", Gov.G1);
        Residents.verified(t, "ren.er", Gov.G1);
        Response page = Gov.page(t, "ren.yi", "proposals", false);
        page.then().statusCode(200).body(containsString("提出提案")).body(containsString("<label for=\"title\""));
        Gov.postForm(t, "ren.yi", page, "proposals", Map.of("title", "增设充电桩", "body", "飞线充电危险")).then()
                .statusCode(303).header("Location", containsString("done=raised"));
        String id = Gov.as(t, "ren.yi").get(Gov.api(t, "proposals")).then().extract().path("[0].id");
        Response theirs = Gov.page(t, "ren.er", "proposals", false);
        theirs.then().body(containsString("增设充电桩")).body(containsString("支持 0 / 1"));
        Gov.postForm(t, "ren.er", theirs, "proposals/" + id + "/supports", Map.of()).then().statusCode(303)
                .header("Location", containsString("done=supported"));
        Gov.page(t, "ren.er", "proposals?done=supported", true).then().body(containsString("Your support is counted"))
                .body(containsString("Enough support, waiting for an agenda")).body(containsString("You support this"));
    }
}
