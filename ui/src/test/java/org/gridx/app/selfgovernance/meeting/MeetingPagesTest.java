package org.gridx.app.selfgovernance.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.gridx.app.selfgovernance.Gov;
import org.junit.jupiter.api.Test;

/** The phone pages of meetings: list, one meeting, registering through the form, the case's state, zh and en. */
@QuarkusTest
class MeetingPagesTest {

    @Test
    void aResidentRegistersFromTheMeetingPageAndSeesTheResolutionsCase() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", 1);
        Gov.page(t, "ren.yi", "meetings", false).then().statusCode(200).body(containsString("民情问需会：小区停车"))
                .body(containsString("民情问需会")).body(containsString("<main"));
        Response page = Gov.page(t, "ren.yi", "meetings/" + id, false);
        page.then().statusCode(200).body(containsString("我要报名")).body(containsString("停车难"))
                .body(containsString("aria-labelledby=\"registration-heading\""));
        Gov.postForm(t, "ren.yi", page, "meetings/" + id + "/registration", Map.of("action", "register")).then()
                .statusCode(303).header("Location", containsString("done=registered"));
        Gov.page(t, "ren.yi", "meetings/" + id + "?done=registered", false).then().statusCode(200)
                .body(containsString("报名成功")).body(containsString("取消报名"));
        Response other = Gov.page(t, "ren.er", "meetings/" + id, false);
        other.then().body(containsString("已满，加入候补"));
        Gov.postForm(t, "ren.er", other, "meetings/" + id + "/registration", Map.of("action", "register")).then()
                .statusCode(303).header("Location", containsString("done=waiting"));

        String rid = Gov.as(t, "chief").body(Map.of("text", "拆除违章接坡", "itemCode", Gov.ITEM))
                .post(Meetings.path(t, id) + "/resolutions").then().statusCode(201).extract().path("id");
        String number = Gov.as(t, "chief").post(Meetings.path(t, id) + "/resolutions/" + rid + "/case").then().statusCode(200)
                .extract().path("caseNumber");
        Gov.page(t, "ren.yi", "meetings/" + id, false).then().body(containsString("案卷 " + number))
                .body(not(containsString("未转案卷")));
        Gov.page(t, "ren.yi", "meetings/" + id, true).then().statusCode(200).body(containsString("Public-needs meeting"))
                .body(containsString("case " + number)).body(containsString("Cancel my registration"));
    }

    @Test
    void theOrganiserRecordsMinutesAndHandsAResolutionToTheLoopFromThePageAndNobodyElseCan() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", null);
        Gov.page(t, "ren.yi", "meetings/" + id, false).then().body(not(containsString("minutes-form")));
        Response other = Gov.page(t, "chief2", "meetings/" + id, false);
        other.then().statusCode(200).body(not(containsString("minutes-form")));
        Gov.postForm(t, "chief2", other, "meetings/" + id + "/minutes", Map.of("text", "篡改")).then().statusCode(303)
                .header("Location", containsString("done=not-organiser"));
        Response mine = Gov.page(t, "chief", "meetings/" + id, false);
        mine.then().body(containsString("minutes-form")).body(containsString("<label for=\"minutes-text\""));
        Gov.postForm(t, "chief", mine, "meetings/" + id + "/minutes", Map.of("text", "一、增设夜间临时车位。")).then()
                .statusCode(303).header("Location", containsString("done=minutes"));
        Gov.postForm(t, "chief", mine, "meetings/" + id + "/resolutions", Map.of("text", "拆除违章接坡", "itemCode", Gov.ITEM))
                .then().statusCode(303).header("Location", containsString("done=resolution"));
        String rid = Gov.as(t, "chief").get(Meetings.path(t, id)).then().extract().path("resolutions[0].id");
        Gov.page(t, "chief", "meetings/" + id, false).then().body(containsString("to-case-" + rid));
        Gov.postForm(t, "chief", mine, "meetings/" + id + "/resolutions/" + rid + "/case", Map.of()).then()
                .statusCode(303).header("Location", containsString("done=case"));
        Gov.page(t, "ren.yi", "meetings/" + id, false).then().body(containsString("一、增设夜间临时车位。"))
                .body(containsString("已转入闭环处置"));
        Gov.as(t, "ren.yi").get(Meetings.path(t, id)).then().body("resolutions[0].caseNumber", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void anotherTenantsMeetingPageIs404() {
        String a = Gov.street();
        String b = Gov.street();
        String id = Meetings.convene(a, "chief", 1);
        Gov.page(b, "ren.yi", "meetings/" + id, false).then().statusCode(404);
        Gov.page(b, "ren.yi", "meetings", false).then().statusCode(200).body(not(containsString(id)));
    }
}
