package org.gridx.app.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.timer.service.WorkCalendar;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Codes;
import org.gridx.testkit.Tokens;
import org.junit.jupiter.api.Test;

/** GET/PUT /api/t/{tenant}/calendar, and the injected {@link WorkCalendar} following what was set. */
@QuarkusTest
class CalendarApiTest {

    static final Map<String, Object> STANDARD_DAY = Map.of();
    static final List<Map<String, String>> HOURS = List.of(Map.of("from", "08:30", "to", "12:00"), Map.of("from", "14:30", "to", "18:00"));

    @Inject
    TenantContext tenants;
    @Inject
    WorkCalendar calendar;

    static Instant t(String local) {
        return LocalDateTime.parse(local).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
    }

    static String token(String tenant, String role) {
        return Tokens.of(tenant, "u-" + role, role);
    }

    static ValidatableResponse put(String tenant, String role, Object body) {
        return given().auth().oauth2(token(tenant, role)).contentType("application/json").body(body)
                .put("/api/t/" + tenant + "/calendar").then();
    }

    static ValidatableResponse get(String tenant, String role) {
        return given().auth().oauth2(token(tenant, role)).get("/api/t/" + tenant + "/calendar").then();
    }

    static Map<String, Object> working() {
        return Map.of("mode", "working",
                "week", Map.of("mon", HOURS, "tue", HOURS, "wed", HOURS, "thu", HOURS, "fri", HOURS),
                "days", List.of(Map.of("day", "2026-12-01", "kind", "holiday", "note", "测试假日"),
                        Map.of("day", "2026-12-05", "kind", "workday", "note", "调休")));
    }

    @Test
    void withoutACalendarLimitsRunInNaturalHours() {
        String tenant = AdminSql.tenant(Codes.tenant("cal"));
        get(tenant, "tenant-admin").statusCode(200)
                .body("mode", equalTo("natural")).body("configured", equalTo(false)).body("zone", equalTo("Asia/Shanghai"))
                .body("week.mon.from", contains("08:30", "14:30")).body("week.sat", empty()).body("days", empty());
        Instant saturday = t("2026-12-05T10:00");
        assertEquals(saturday.plus(Duration.ofDays(3)), tenants.callAs(tenant, () -> calendar.deadline(saturday, Duration.parse("P3D"))));
    }

    @Test
    void anAdminSetsWorkingHoursAndDeadlinesFollowThem() {
        String tenant = AdminSql.tenant(Codes.tenant("cal"));
        put(tenant, "tenant-admin", working()).statusCode(200)
                .body("mode", equalTo("working")).body("configured", equalTo(true)).body("updatedBy", equalTo("u-tenant-admin"))
                .body("week.mon.to", contains("12:00", "18:00")).body("week.sun", empty())
                .body("days.day", contains("2026-12-01", "2026-12-05")).body("days[1].note", equalTo("调休"));
        get(tenant, "dispatcher").statusCode(200).body("mode", equalTo("working")).body("days.kind", contains("holiday", "workday"));

        // Monday 17:00 + 2 working hours: Tuesday is a holiday, so Wednesday 09:30.
        assertEquals(t("2026-12-02T09:30"), tenants.callAs(tenant, () -> calendar.deadline(t("2026-11-30T17:00"), Duration.ofHours(2))));
        // Friday + 1 working day: the adjusted Saturday.
        assertEquals(t("2026-12-05T10:00"), tenants.callAs(tenant, () -> calendar.deadline(t("2026-12-04T10:00"), Duration.ofDays(1))));
        assertEquals(Duration.ofHours(7), tenants.callAs(tenant, () -> calendar.elapsed(t("2026-12-05T00:00"), t("2026-12-07T00:00"))));

        put(tenant, "tenant-admin", Map.of("mode", "natural")).statusCode(200).body("mode", equalTo("natural"))
                .body("days", empty()).body("week.mon.from", contains("08:30", "14:30"));
        assertEquals(t("2026-11-30T19:00"), tenants.callAs(tenant, () -> calendar.deadline(t("2026-11-30T17:00"), Duration.ofHours(2))),
                "a changed calendar is in force at once");
    }

    @Test
    void everyMistakeIsNamedWithWhereAndHowToFixIt() {
        String tenant = AdminSql.tenant(Codes.tenant("cal"));
        Map<String, Object> bad = Map.of("mode", "office",
                "week", Map.of("funday", HOURS,
                        "mon", List.of(Map.of("from", "8:30", "to", "12:00")),
                        "tue", List.of(Map.of("from", "14:00", "to", "12:00")),
                        "wed", List.of(Map.of("from", "08:30", "to", "12:00"), Map.of("from", "11:00", "to", "18:00")),
                        "thu", List.of(Map.of("from", "08:30", "to", "24:00"))),
                "days", List.of(Map.of("day", "2026-02-30", "kind", "holiday"), Map.of("day", "2026-10-01", "kind", "vacation"),
                        Map.of("day", "2026-10-02", "kind", "holiday"), Map.of("day", "2026-10-02", "kind", "holiday"),
                        Map.of("day", "1 Oct", "kind", "holiday")));
        put(tenant, "tenant-admin", bad).statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors.pointer", hasItems("/mode", "/week/funday", "/week/mon/0/from", "/week/tue/0/to",
                        "/week/wed/1/from", "/week/thu/0/to", "/days/0/day", "/days/1/kind", "/days/3/day", "/days/4/day"))
                .body("errors.find { it.pointer == '/days/3/day' }.message", equalTo("2026-10-02 is already listed at /days/2"));

        put(tenant, "tenant-admin", Map.of("mode", "working", "week", Map.of())).statusCode(422)
                .body("errors.pointer", contains("/week"));
        given().auth().oauth2(token(tenant, "tenant-admin")).contentType("application/json")
                .put("/api/t/" + tenant + "/calendar").then().statusCode(400);
        given().auth().oauth2(token(tenant, "tenant-admin")).contentType("application/json").body("{\"mode\": ")
                .put("/api/t/" + tenant + "/calendar").then().statusCode(400);
        get(tenant, "tenant-admin").statusCode(200).body("configured", equalTo(false));
    }

    @Test
    void dispatchersAndSupervisorsReadOnlyAdminsWrite() {
        String tenant = AdminSql.tenant(Codes.tenant("cal"));
        get(tenant, "supervisor").statusCode(200);
        get(tenant, "informant").statusCode(403);
        put(tenant, "dispatcher", working()).statusCode(403);
        given().get("/api/t/" + tenant + "/calendar").then().statusCode(401);
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM work_calendar WHERE tenant_id = ?", tenant));
    }

    @Test
    void anotherTenantsCalendarIsNotFoundAndStaysAsItWas() {
        String a = AdminSql.tenant(Codes.tenant("cal-a"));
        String b = AdminSql.tenant(Codes.tenant("cal-b"));
        put(b, "tenant-admin", working()).statusCode(200);
        given().auth().oauth2(token(a, "tenant-admin")).get("/api/t/" + b + "/calendar").then().statusCode(404);
        given().auth().oauth2(token(a, "tenant-admin")).contentType("application/json").body(Map.of("mode", "natural"))
                .put("/api/t/" + b + "/calendar").then().statusCode(404);
        get(a, "tenant-admin").statusCode(200).body("configured", equalTo(false)).body("days", empty());

        assertEquals("working", AdminSql.query("SELECT mode FROM work_calendar WHERE tenant_id = ?", b).get(0).get("mode"));
        assertEquals(2L, AdminSql.count("SELECT count(*) FROM work_calendar_day WHERE tenant_id = ?", b));
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM work_calendar WHERE tenant_id = ?", a));
        assertEquals(Duration.ofHours(2), tenants.callAs(a, () -> calendar.elapsed(t("2026-11-30T17:00"), t("2026-11-30T19:00"))),
                "A's limits are natural hours, whatever B set");
    }
}
