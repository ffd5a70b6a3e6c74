package org.gridx.app.selfgovernance.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The organiser's agenda, invitation and attendance forms on the meeting page; nobody else gets them. */
@QuarkusTest
class MeetingPlanStaffPagesTest {

    static long count(String sql, String tenant, String meeting) {
        return AdminSql.count(sql + " WHERE tenant_id = ? AND meeting_id = ?", tenant, UUID.fromString(meeting));
    }

    @Test
    void theOrganiserAddsAnAgendaItemInvitesAndMarksWhoCame() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", 5);
        Gov.as(t, "r1").post(Meetings.path(t, id) + "/registration").then().statusCode(200);
        Gov.page(t, "chief2", "meetings/" + id, false).then().statusCode(200).body(not(containsString("id=\"agenda-form\"")));
        Gov.page(t, "r1", "meetings/" + id, false).then().statusCode(200).body(not(containsString("id=\"invite-form\"")));
        Response page = Gov.page(t, "chief", "meetings/" + id, false);
        page.then().statusCode(200).body(containsString("id=\"agenda-form\"")).body(containsString("id=\"invite-form\""))
                .body(containsString("id=\"attendance-form\""));

        Gov.postForm(t, "chief", page, "meetings/" + id + "/agenda", Map.of("title", "电梯加装"))
                .then().statusCode(303).header("Location", containsString("done=agenda"));
        Gov.as(t, "chief").get(Meetings.path(t, id)).then().body("agenda.title", org.hamcrest.Matchers.hasItem("电梯加装"));
        Gov.postForm(t, "chief", page, "meetings/" + id + "/agenda", Map.of("title", " "))
                .then().statusCode(303).header("Location", containsString("done=agenda-invalid"));

        Gov.postForm(t, "chief", page, "meetings/" + id + "/invitations", Map.of("usernames", "r2\r\nr3，r4"))
                .then().statusCode(303).header("Location", containsString("done=invited"));
        assertEquals(3, count("SELECT count(*) FROM self_governance_invitation", t, id));
        Gov.postForm(t, "chief", page, "meetings/" + id + "/invitations", Map.of("usernames", ""))
                .then().statusCode(303).header("Location", containsString("done=invited-invalid"));

        Gov.postForm(t, "chief", page, "meetings/" + id + "/attendance", Map.of("usernames", "r1 r2"))
                .then().statusCode(303).header("Location", containsString("done=attendance-invalid"));
        Gov.page(t, "chief", "meetings/" + id + "?done=attendance-invalid", true).then()
                .body(containsString("Only people registered with a seat can be marked present"));
        Gov.postForm(t, "chief", page, "meetings/" + id + "/attendance", Map.of("usernames", "r1"))
                .then().statusCode(303).header("Location", containsString("done=attendance"));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM self_governance_registration WHERE tenant_id = ? AND meeting_id = ? "
                + "AND username = 'r1' AND attended", t, UUID.fromString(id)));
    }

    @Test
    void anotherOrganiserIsToldOffAndAResidentIsRefused() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", 5);
        Response page = Gov.page(t, "chief", "meetings/" + id, false);
        Gov.postForm(t, "chief2", page, "meetings/" + id + "/agenda", Map.of("title", "电梯加装"))
                .then().statusCode(303).header("Location", containsString("done=not-organiser"));
        Gov.postForm(t, "r1", page, "meetings/" + id + "/invitations", Map.of("usernames", "r2"))
                .then().statusCode(403).contentType(containsString("text/html"));
        assertEquals(0, count("SELECT count(*) FROM self_governance_invitation", t, id));
        Gov.as(t, "chief").get(Meetings.path(t, id)).then().body("agenda.size()", equalTo(2));
        String other = Gov.street();
        Response theirs = Gov.page(other, "chief", "meetings", false);
        Gov.postForm(other, "chief", theirs, "meetings/" + id + "/agenda", Map.of("title", "越权"))
                .then().statusCode(404);
        Gov.as(t, "chief").get(Meetings.path(t, id)).then().body("agenda.size()", equalTo(2));
    }
}
