package org.gridx.app.selfgovernance.meeting;

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

/** The organiser's "call a meeting" form on the meeting list: shown to staff only, same checks as the API. */
@QuarkusTest
class MeetingStaffPagesTest {

    static Map<String, String> fourParty() {
        LocalDateTime day = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0);
        return new HashMap<>(Map.ofEntries(Map.entry("kind", "four-party"), Map.entry("title", "小区停车难四方共议"),
                Map.entry("gridCode", Gov.G1), Map.entry("venue", "社区会议室"), Map.entry("startsAt", day.toString()),
                Map.entry("endsAt", day.plusHours(2).toString()), Map.entry("capacity", "30"),
                Map.entry("agenda", "停车位划线\r\n\r\n夜间临停"), Map.entry("partyBranch", "张书记"),
                Map.entry("residentsCommittee", "李主任"), Map.entry("ownersCommittee", "王主任"),
                Map.entry("propertyCompany", "赵经理")));
    }

    @Test
    void anOrganiserCallsAFourPartyMeetingFromThePageAndAResidentSeesNoForm() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        Gov.page(t, "ren.yi", "meetings", false).then().statusCode(200).body(not(containsString("id=\"meeting-form\"")));
        Response page = Gov.page(t, "chief", "meetings", false);
        page.then().statusCode(200).body(containsString("id=\"meeting-form\"")).body(containsString("召开会议"));
        Gov.page(t, "admin", "meetings", true).then().body(containsString("Call a meeting"));

        Response made = Gov.postForm(t, "chief", page, "meetings", fourParty());
        made.then().statusCode(303).header("Location", containsString("/t/" + t + "/self-governance/meetings/"));
        String id = made.getHeader("Location").replaceFirst(".*/meetings/", "");
        Gov.as(t, "ren.yi").get(Gov.api(t, "meetings/" + id)).then().statusCode(200)
                .body("kind", equalTo("four-party")).body("title", equalTo("小区停车难四方共议")).body("capacity", equalTo(30))
                .body("agenda.size()", equalTo(2)).body("agenda[1].title", equalTo("夜间临停"))
                .body("parties.size()", equalTo(4)).body("organiser", equalTo("chief"))
                .body("startsAt", equalTo(LocalDateTime.parse(fourParty().get("startsAt")).atZone(ZoneId.of("Asia/Shanghai"))
                        .toInstant().toString()));
        Gov.page(t, "ren.yi", "meetings/" + id, false).then().statusCode(200).body(containsString("小区停车难四方共议"));
        String other = Gov.street();
        Gov.as(other, "chief").get(Gov.api(other, "meetings/" + id)).then().statusCode(404);
    }

    @Test
    void aRefusedFormComesBackWithTheMessagesNextToTheFields() {
        String t = Gov.street();
        Response page = Gov.page(t, "chief", "meetings", true);
        Map<String, String> bad = fourParty();
        bad.put("ownersCommittee", "");
        bad.put("venue", "");
        bad.put("capacity", "lots");
        Gov.postForm(t, "chief", page, "meetings", bad).then().statusCode(422).contentType(containsString("text/html"))
                .body(containsString("id=\"venue-error\"")).body(containsString("say where the meeting is held"))
                .body(containsString("id=\"capacity-error\"")).body(containsString("小区停车难四方共议"));
        bad.put("venue", "社区会议室");
        bad.put("capacity", "");
        Gov.postForm(t, "chief", page, "meetings", bad).then().statusCode(422)
                .body(containsString("id=\"parties-error\"")).body(containsString("one representative for each"));
        bad.putAll(fourParty());
        bad.put("endsAt", "tomorrow");
        Gov.postForm(t, "chief", page, "meetings", bad).then().statusCode(422)
                .body(containsString("id=\"endsAt-error\"")).body(containsString("a date and time like"));
        Gov.as(t, "chief").get(Gov.api(t, "meetings")).then().body("size()", equalTo(0));
    }

    @Test
    void aResidentPostingTheFormIsRefused() {
        String t = Gov.street();
        Residents.verified(t, "ren.yi", Gov.G1);
        Response page = Gov.page(t, "chief", "meetings", false);
        Gov.postForm(t, "ren.yi", page, "meetings", fourParty()).then().statusCode(403).contentType(containsString("text/html"));
        Gov.as(t, "chief").get(Gov.api(t, "meetings")).then().body("size()", equalTo(0));
    }
}
