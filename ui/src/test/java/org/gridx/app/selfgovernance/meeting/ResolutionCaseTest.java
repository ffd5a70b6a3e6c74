package org.gridx.app.selfgovernance.meeting;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * A resolution enters the closed loop as a case (once, whatever the clicks) and the meeting shows where
 * the case stands as the loop moves it, until it is closed.
 */
@QuarkusTest
class ResolutionCaseTest {

    @Test
    void aResolutionsCaseIsOpenedOnceAndItsProgressShowsOnTheMeeting() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", null);
        String resolutions = Meetings.path(t, id) + "/resolutions";
        String rid = Gov.as(t, "chief").body(Map.of("text", "拆除小区东门违章接坡", "itemCode", Gov.ITEM))
                .post(resolutions).then().statusCode(201).body("gridCode", equalTo(Gov.G1)).extract().path("id");
        Gov.as(t, "chief2").post(resolutions + "/" + rid + "/case").then().statusCode(403);

        JsonPath first = Gov.as(t, "chief").post(resolutions + "/" + rid + "/case").then().statusCode(200)
                .body("caseId", notNullValue()).body("caseNumber", notNullValue()).body("caseState", notNullValue())
                .body("caseClosed", equalTo(false)).extract().jsonPath();
        String caseId = first.getString("caseId");
        Gov.as(t, "chief").post(resolutions + "/" + rid + "/case").then().statusCode(200).body("caseId", equalTo(caseId));

        Gov.as(t, "disp").body(Map.of("action", "register")).post("/api/t/" + t + "/cases/" + caseId + "/actions")
                .then().statusCode(200);
        String registered = Gov.as(t, "disp").get("/api/t/" + t + "/cases/" + caseId).then().statusCode(200)
                .extract().path("summary.state");
        Eventually.until("the meeting to show the case as " + registered, () -> registered.equals(
                Gov.as(t, "li.min").get(Meetings.path(t, id)).then().extract().path("resolutions[0].caseState")));
        JsonPath meeting = Gov.as(t, "li.min").get(Meetings.path(t, id)).then().extract().jsonPath();
        assertEquals(caseId, meeting.getString("resolutions[0].caseId"));
        assertEquals(false, meeting.getBoolean("resolutions[0].caseClosed"));
    }

    @Test
    void aResolutionWithoutAnItemCannotBecomeACase() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", null);
        String rid = Gov.as(t, "chief").body(Map.of("text", "下月再议")).post(Meetings.path(t, id) + "/resolutions")
                .then().statusCode(201).extract().path("id");
        Gov.as(t, "chief").post(Meetings.path(t, id) + "/resolutions/" + rid + "/case").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/itemCode"));
        Gov.as(t, "chief").body(Map.of("text", "x", "gridCode", "12")).post(Meetings.path(t, id) + "/resolutions")
                .then().statusCode(400).body("errors[0].pointer", equalTo("/gridCode"));
    }
}
