package org.gridx.app.selfgovernance.election;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.app.selfgovernance.Residents;
import org.junit.jupiter.api.Test;

/** The organiser's "call an election" form on the election list: shown to staff only, same checks as the API. */
@QuarkusTest
class ElectionStaffPagesTest {

    static Map<String, String> valid() {
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        return new HashMap<>(Map.of("post", "resident-group-leader", "title", "第一居民小组组长选举", "gridCode", Gov.G1,
                "placeId", "", "electorate", "40", "opensAt", now.plusDays(1).toString(), "closesAt", now.plusDays(3).toString()));
    }

    @Test
    void anOrganiserCallsAnElectionFromThePageAndAResidentSeesNoForm() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        Gov.page(t, "ren.yi", "elections", false).then().statusCode(200).body(not(containsString("id=\"election-form\"")));
        Response page = Gov.page(t, "chief", "elections", false);
        page.then().statusCode(200).body(containsString("id=\"election-form\"")).body(containsString("发起选举"));
        Gov.page(t, "admin", "elections", true).then().body(containsString("Call an election"));

        Response made = Gov.postForm(t, "chief", page, "elections", valid());
        made.then().statusCode(303).header("Location", containsString("/t/" + t + "/self-governance/elections/"));
        String id = made.getHeader("Location").replaceFirst(".*/elections/", "");
        Gov.as(t, "ren.yi").get(Gov.api(t, "elections/" + id)).then().statusCode(200)
                .body("title", equalTo("第一居民小组组长选举")).body("post", equalTo("resident-group-leader"))
                .body("electorate", equalTo(40)).body("organiser", equalTo("chief")).body("phase", equalTo("nominating"));
        String other = Gov.street();
        Gov.as(other, "chief").get(Gov.api(other, "elections/" + id)).then().statusCode(404);
    }

    @Test
    void aRefusedFormComesBackWithTheMessagesNextToTheFields() {
        String t = Gov.street();
        Response page = Gov.page(t, "chief", "elections", true);
        Map<String, String> bad = valid();
        bad.put("post", "building-head");
        bad.put("electorate", "many");
        Gov.postForm(t, "chief", page, "elections", bad).then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("id=\"electorate-error\"")).body(containsString("at least 1 eligible voter"))
                .body(containsString("第一居民小组组长选举"));
        bad.put("electorate", "40");
        Gov.postForm(t, "chief", page, "elections", bad).then().statusCode(422)
                .body(containsString("id=\"placeId-error\"")).body(containsString("a building head is elected for one building"));
        bad.put("placeId", "building 3");
        Gov.postForm(t, "chief", page, "elections", bad).then().statusCode(422)
                .body(containsString("id=\"placeId-error\"")).body(containsString("place id, e.g."));
        Gov.as(t, "chief").get(Gov.api(t, "elections")).then().body("size()", equalTo(0));
    }

    @Test
    void aResidentPostingTheFormIsRefused() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        Response page = Gov.page(t, "chief", "elections", false);
        Gov.postForm(t, "ren.yi", page, "elections", valid()).then().statusCode(403).contentType(containsString("text/html"));
        Gov.as(t, "chief").get(Gov.api(t, "elections")).then().body("size()", equalTo(0));
    }
}
