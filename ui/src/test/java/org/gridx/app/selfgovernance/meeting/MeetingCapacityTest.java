package org.gridx.app.selfgovernance.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridx.app.selfgovernance.Gov;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Seats: a full meeting puts people on the waiting list (or says "full"), a freed seat goes to the first waiting. */
@QuarkusTest
class MeetingCapacityTest {

    @Test
    void pastCapacityPeopleWaitAndTheFirstWaitingTakesAFreedSeat() {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", 2);
        String reg = Meetings.path(t, id) + "/registration";
        Gov.as(t, "r1").post(reg).then().statusCode(200).body("myRegistration", equalTo("registered"));
        Gov.as(t, "r1").post(reg).then().statusCode(200).body("myRegistration", equalTo("registered")).body("seatsTaken", equalTo(1));
        Gov.as(t, "r2").post(reg).then().statusCode(200).body("myRegistration", equalTo("registered")).body("full", equalTo(true));
        Gov.as(t, "r3").post(reg).then().statusCode(200).body("myRegistration", equalTo("waiting")).body("waiting", equalTo(1));
        Gov.as(t, "r4").post(reg).then().statusCode(200).body("myRegistration", equalTo("waiting"));

        Gov.as(t, "r1").delete(reg).then().statusCode(200).body("myRegistration", equalTo("cancelled"));
        Gov.as(t, "r3").get(Meetings.path(t, id)).then().body("myRegistration", equalTo("registered"))
                .body("seatsTaken", equalTo(2)).body("waiting", equalTo(1));
        Gov.as(t, "r1").delete(reg).then().statusCode(404);
    }

    @Test
    void withoutAWaitingListAFullMeetingSaysSoClearly() {
        String t = Gov.street(Map.of("meeting-waiting-list", false));
        String id = Meetings.convene(t, "chief", 1);
        String reg = Meetings.path(t, id) + "/registration";
        Gov.as(t, "r1").post(reg).then().statusCode(200);
        Gov.as(t, "r2").post(reg).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("full"));
    }

    @Test
    void manyRegisteringForTheLastSeatAtOnceGetOneSeat() throws Exception {
        String t = Gov.street();
        String id = Meetings.convene(t, "chief", 1);
        String reg = Meetings.path(t, id) + "/registration";
        List<Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String user = "racer" + i;
            calls.add(() -> Gov.as(t, user).post(reg).statusCode());
        }
        assertEquals(List.of(200, 200, 200, 200, 200, 200), Gov.atOnce(calls));
        assertEquals(1, AdminSql.count("SELECT count(*) FROM self_governance_registration WHERE tenant_id = ? "
                + "AND status = 'registered'", t));
        assertEquals(5, AdminSql.count("SELECT count(*) FROM self_governance_registration WHERE tenant_id = ? "
                + "AND status = 'waiting'", t));
    }
}
