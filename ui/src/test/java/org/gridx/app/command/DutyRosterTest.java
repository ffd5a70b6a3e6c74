package org.gridx.app.command;

import static io.restassured.RestAssured.given;
import static org.gridx.app.command.CommandFixture.api;
import static org.gridx.app.command.CommandFixture.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The on-duty roster (值班表): kept by the centre, read by staff, checked, one tenant's only. */
@QuarkusTest
class DutyRosterTest {

    static final String DAY = "2026-12-24";

    static Map<String, Object> entry(String user, String shift, String role) {
        return new HashMap<>(Map.of("date", DAY, "shift", shift, "username", user, "role", role));
    }

    @Test
    void theCentreKeepsTheRosterOfADayAndStaffReadIt() {
        String t = CommandFixture.tenant();
        String base = "/api/t/" + t + "/command/duty";
        Map<String, Object> leader = entry("admin", "day", "leader");
        leader.put("phone", "0477-5123456");
        api(t, "admin").body(leader).post(base).then().statusCode(201).body("startsAt", equalTo("08:00"))
                .body("endsAt", equalTo("18:00")).body("name", equalTo("管理员"));
        Map<String, Object> night = entry("disp", "night", "dispatcher");
        night.put("startsAt", "17:30");
        night.put("endsAt", "08:30");
        String nightId = api(t, "disp").body(night).post(base).then().statusCode(201).extract().path("id");
        api(t, "disp").body(entry("chief1", "day", "officer")).post(base).then().statusCode(201);
        api(t, "disp").body(entry("gao", "day", "officer")).post("/api/t/" + t + "/command/duty").then().statusCode(201);

        api(t, "chief2").queryParam("date", DAY).get(base).then().statusCode(200)
                .body("username", equalTo(List.of("admin", "chief1", "gao", "disp")))
                .body("role", equalTo(List.of("leader", "officer", "officer", "dispatcher")))
                .body("find { it.username == 'disp' }.startsAt", equalTo("17:30"))
                .body("find { it.username == 'admin' }.phone", equalTo("0477-5123456"));
        api(t, "disp").queryParam("date", "2026-12-25").get(base).then().statusCode(200).body("size()", equalTo(0));
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        api(t, "disp").body(Map.of("date", today, "shift", "all-day", "username", "disp", "role", "dispatcher"))
                .post(base).then().statusCode(201);
        api(t, "disp").get(base).then().statusCode(200).body("date", equalTo(List.of(today)));

        api(t, "disp").delete(base + "/" + nightId).then().statusCode(204);
        api(t, "disp").delete(base + "/" + nightId).then().statusCode(404);
        assertEquals(4L, AdminSql.count("SELECT count(*) FROM command_duty WHERE tenant_id = ?", t));
    }

    @Test
    void aWrongEntryIsRefusedNamingEachField() {
        String t = CommandFixture.tenant();
        String base = "/api/t/" + t + "/command/duty";
        api(t, "disp").body(Map.of("date", "24.12.2026", "shift", "evening", "username", "nobody", "role", "boss",
                "startsAt", "8 o'clock", "phone", "call me")).post(base).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.pointer", hasItems("/date", "/shift", "/role", "/startsAt", "/phone"));
        api(t, "disp").body(entry("nobody", "day", "officer")).post(base).then().statusCode(422)
                .body("errors.pointer", equalTo(List.of("/username")));
        AdminSql.update("UPDATE account SET status = 'disabled' WHERE tenant_id = ? AND username = 'wu.xiuhua'", t);
        api(t, "disp").body(entry("wu.xiuhua", "day", "officer")).post(base).then().statusCode(422)
                .body("errors.pointer", equalTo(List.of("/username")));
        api(t, "disp").body(entry("gao", "day", "officer")).post(base).then().statusCode(201);
        api(t, "disp").body(entry("gao", "day", "leader")).post(base).then().statusCode(409);
        api(t, "disp").queryParam("date", "tomorrow").get(base).then().statusCode(422)
                .body("errors.pointer", equalTo(List.of("date")));
    }

    @Test
    void onlyTheCentreAndAdministratorsWriteAndResidentsAndDepartmentsCannotRead() {
        String t = CommandFixture.tenant();
        String base = "/api/t/" + t + "/command/duty";
        String id = api(t, "admin").body(entry("disp", "day", "dispatcher")).post(base).then().statusCode(201).extract().path("id");
        for (String user : List.of("chief1", "gao", "chengguan", "li.min")) {
            api(t, user).body(entry("gao", "night", "officer")).post(base).then().statusCode(403);
            api(t, user).delete(base + "/" + id).then().statusCode(403);
        }
        for (String user : List.of("gao", "chengguan", "li.min")) {
            api(t, user).queryParam("date", DAY).get(base).then().statusCode(403);
        }
        api(t, "chief1").queryParam("date", DAY).get(base).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void anotherTenantsRosterIsNotFound() {
        String a = CommandFixture.tenant();
        String b = CommandFixture.tenant();
        String id = api(b, "admin").body(entry("disp", "day", "dispatcher")).post("/api/t/" + b + "/command/duty").then()
                .statusCode(201).extract().path("id");
        String adminA = token(a, "admin");
        given().auth().oauth2(adminA).queryParam("date", DAY).get("/api/t/" + b + "/command/duty").then().statusCode(404);
        given().auth().oauth2(adminA).contentType("application/json").body(entry("disp", "night", "dispatcher"))
                .post("/api/t/" + b + "/command/duty").then().statusCode(404);
        given().auth().oauth2(adminA).delete("/api/t/" + b + "/command/duty/" + id).then().statusCode(404);
        given().auth().oauth2(adminA).delete("/api/t/" + a + "/command/duty/" + id).then().statusCode(404);
        api(a, "admin").queryParam("date", DAY).get("/api/t/" + a + "/command/duty").then().statusCode(200)
                .body("size()", equalTo(0));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM command_duty WHERE tenant_id = ?", b));
    }
}
