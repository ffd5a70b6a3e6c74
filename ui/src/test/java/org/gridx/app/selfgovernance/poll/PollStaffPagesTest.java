package org.gridx.app.selfgovernance.poll;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.app.selfgovernance.Residents;
import org.junit.jupiter.api.Test;

/** The organiser's "set up a poll" form on the poll list: shown to staff only, same checks as the API. */
@QuarkusTest
class PollStaffPagesTest {

    static final ZoneId STREETS = ZoneId.of("Asia/Shanghai");

    static Map<String, String> valid() {
        LocalDateTime now = LocalDateTime.now(STREETS).withSecond(0).withNano(0);
        return Map.of("question", "健身器材放在哪里？", "options", "东门广场\r\n中心花园\r\n\r\n北侧空地", "maxChoices", "2",
                "gridCode", Gov.G1, "opensAt", now.minusMinutes(5).toString(), "closesAt", now.plusDays(7).toString());
    }

    @Test
    void anOrganiserSetsUpAPollFromThePageAndAResidentSeesNoForm() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        Gov.page(t, "ren.yi", "polls", false).then().statusCode(200).body(not(containsString("id=\"poll-form\"")));
        Response page = Gov.page(t, "chief", "polls", false);
        page.then().statusCode(200).body(containsString("id=\"poll-form\"")).body(containsString("发起投票"));
        Gov.page(t, "chief", "polls", true).then().body(containsString("Set up a poll"));

        Response made = Gov.postForm(t, "chief", page, "polls", valid());
        made.then().statusCode(303).header("Location", containsString("/t/" + t + "/self-governance/polls/"));
        String id = made.getHeader("Location").replaceFirst(".*/polls/", "");
        Gov.as(t, "ren.yi").get(Gov.api(t, "polls/" + id)).then().statusCode(200)
                .body("question", equalTo("健身器材放在哪里？")).body("options.size()", equalTo(3))
                .body("options[2].label", equalTo("北侧空地")).body("maxChoices", equalTo(2)).body("state", equalTo("open"));
        String opens = Gov.as(t, "chief").get(Gov.api(t, "polls/" + id)).jsonPath().getString("opensAt");
        assertEquals(LocalDateTime.parse(valid().get("opensAt")).atZone(STREETS).toInstant().toString(), opens);
        // another street does not see it
        String other = Gov.street();
        Gov.as(other, "chief").get(Gov.api(other, "polls/" + id)).then().statusCode(404);
    }

    @Test
    void aRefusedFormComesBackWithTheMessagesNextToTheFields() {
        String t = Gov.street();
        Response page = Gov.page(t, "chief", "polls", true);
        Map<String, String> bad = new java.util.HashMap<>(valid());
        bad.put("question", " ");
        bad.put("options", "只有一个");
        bad.put("closesAt", "next tuesday");
        Gov.postForm(t, "chief", page, "polls", bad).then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("id=\"closesAt-error\"")).body(containsString("a date and time like"));
        bad.put("closesAt", valid().get("closesAt"));
        Gov.postForm(t, "chief", page, "polls", bad).then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("id=\"question-error\"")).body(containsString("the question is required"))
                .body(containsString("id=\"options-error\"")).body(containsString("give 2 to 20 options"))
                .body(containsString("只有一个"));
        bad.putAll(valid());
        bad.put("maxChoices", "5");
        Gov.postForm(t, "chief", page, "polls", bad).then().statusCode(422)
                .body(containsString("id=\"maxChoices-error\"")).body(containsString("at most the number of options (3)"));
        Gov.as(t, "chief").get(Gov.api(t, "polls")).then().body("size()", equalTo(0));
    }

    @Test
    void aResidentPostingTheFormIsRefused() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        Response page = Gov.page(t, "chief", "polls", false);
        Gov.postForm(t, "ren.yi", page, "polls", valid()).then().statusCode(403).contentType(containsString("text/html"));
        Gov.as(t, "chief").get(Gov.api(t, "polls")).then().body("size()", equalTo(0));
    }
}
