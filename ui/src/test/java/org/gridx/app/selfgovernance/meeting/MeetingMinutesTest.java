package org.gridx.app.selfgovernance.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.junit.jupiter.api.Test;

/** Only the organiser records minutes, invitations and attendance; other staff and residents are refused. */
@QuarkusTest
class MeetingMinutesTest {

    @Test
    void onlyTheOrganiserRecordsTheMinutes() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", null);
        String minutes = Meetings.path(t, id) + "/minutes";
        Map<String, String> body = Map.of("text", "一、停车难：增设夜间临时车位。");
        Gov.as(t, "chief2").body(body).put(minutes).then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("chief"));
        Gov.as(t, "admin").body(body).put(minutes).then().statusCode(403);
        Gov.as(t, "li.min").body(body).put(minutes).then().statusCode(403);
        Gov.as(t, "li.min").get(Meetings.path(t, id)).then().body("minutes", equalTo(null));

        Gov.as(t, "chief").body(Map.of("text", " ")).put(minutes).then().statusCode(400).body("errors[0].pointer", equalTo("/text"));
        Gov.as(t, "chief").body(body).put(minutes).then().statusCode(200)
                .body("minutes", equalTo("一、停车难：增设夜间临时车位。")).body("minutesAt", notNullValue());
        Gov.as(t, "li.min").get(Meetings.path(t, id)).then().body("minutes", equalTo("一、停车难：增设夜间临时车位。"));
    }

    @Test
    void attendanceIsForPeopleWithASeatAndOnlyTheOrganiserRecordsIt() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", 5);
        Gov.as(t, "chief").body(Map.of("usernames", List.of("r1", "r2"))).post(Meetings.path(t, id) + "/invitations")
                .then().statusCode(200);
        Gov.as(t, "chief2").body(Map.of("usernames", List.of("r3"))).post(Meetings.path(t, id) + "/invitations")
                .then().statusCode(403);
        Gov.as(t, "r1").post(Meetings.path(t, id) + "/registration").then().statusCode(200);
        Gov.as(t, "chief").body(Map.of("usernames", List.of("r1", "r2"))).put(Meetings.path(t, id) + "/attendance")
                .then().statusCode(422).body("errors[0].message", containsString("r2"));
        Gov.as(t, "chief2").body(Map.of("usernames", List.of("r1"))).put(Meetings.path(t, id) + "/attendance")
                .then().statusCode(403);
        Gov.as(t, "chief").body(Map.of("usernames", List.of("r1"))).put(Meetings.path(t, id) + "/attendance")
                .then().statusCode(200);
    }
}
