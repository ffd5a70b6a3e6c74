package org.gridx.app.selfgovernance.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.junit.jupiter.api.Test;

/** Convening the three kinds of meeting: who may, what a four-party meeting must name, bad input as 4xx. */
@QuarkusTest
class MeetingPlanningTest {

    @Test
    void aFourPartyMeetingRecordsEachPartysRepresentativeAndRefusesOneMissing() {
        String t = Gov.street();
        Map<String, Object> m = Meetings.publicNeeds(30);
        m.put("kind", "four-party");
        m.put("parties", List.of(Map.of("party", "party-branch", "representative", "张书记"),
                Map.of("party", "residents-committee", "representative", "刘主任"),
                Map.of("party", "owners-committee", "representative", "赵主任")));
        Gov.as(t, "chief").body(m).post(Gov.api(t, "meetings")).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/parties")).body("errors[0].message", containsString("property-company"));

        m.put("parties", List.of(Map.of("party", "party-branch", "representative", "张书记"),
                Map.of("party", "residents-committee", "representative", "刘主任"),
                Map.of("party", "owners-committee", "representative", "赵主任"),
                Map.of("party", "property-company", "representative", "物业陈经理", "username", "chen.wy")));
        Gov.as(t, "chief").body(m).post(Gov.api(t, "meetings")).then().statusCode(201)
                .body("kind", equalTo("four-party")).body("organiser", equalTo("chief"))
                .body("parties.party", equalTo(List.of("owners-committee", "party-branch", "property-company", "residents-committee")))
                .body("parties.find { it.party == 'property-company' }.representative", equalTo("物业陈经理"))
                .body("agenda.title", equalTo(List.of("停车难", "楼道堆物")));
    }

    @Test
    void onlyStaffConveneAndBadInputSaysWhatToFix() {
        String t = Gov.street();
        Gov.as(t, "li.min").body(Meetings.publicNeeds(10)).post(Gov.api(t, "meetings")).then().statusCode(403);
        Map<String, Object> m = Meetings.publicNeeds(0);
        m.put("kind", "tea-party");
        m.put("endsAt", m.get("startsAt"));
        Gov.as(t, "chief").body(m).post(Gov.api(t, "meetings")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItem("/kind")).body("errors.pointer", hasItem("/capacity"));
        m = Meetings.publicNeeds(10);
        m.put("endsAt", m.get("startsAt"));
        Gov.as(t, "chief").body(m).post(Gov.api(t, "meetings")).then().statusCode(422)
                .body("errors[0].pointer", equalTo("/endsAt"));
        m = Meetings.publicNeeds(10);
        m.put("parties", List.of(Map.of("party", "party-branch", "representative", "张书记")));
        Gov.as(t, "chief").body(m).post(Gov.api(t, "meetings")).then().statusCode(422)
                .body("errors[0].message", containsString("only a four-party meeting"));
        Gov.as(t, "chief").body("{\"kind\": ").post(Gov.api(t, "meetings")).then().statusCode(400);
    }

    @Test
    void residentsReadMeetingsAndAnUnknownOneIs404() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", 10);
        Gov.as(t, "li.min").get(Gov.api(t, "meetings")).then().statusCode(200).body("id", hasItem(id));
        Gov.as(t, "li.min").get(Meetings.path(t, id)).then().statusCode(200).body("title", equalTo("民情问需会：小区停车"))
                .body("myRegistration", equalTo(null));
        Gov.as(t, "li.min").get(Meetings.path(t, "0190a7b2-7c1e-7d3a-9f00-1234567890ab")).then().statusCode(404)
                .contentType("application/problem+json");
        Gov.as(t, "disp").get(Gov.api(t, "meetings")).then().statusCode(403);
    }
}
