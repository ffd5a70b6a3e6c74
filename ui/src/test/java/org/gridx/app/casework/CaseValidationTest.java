package org.gridx.app.casework;

import static org.gridx.app.casework.Loop.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Bad input to the loop is a 400/422 problem naming the field and how to fix it — never a 500, never a case. */
@QuarkusTest
class CaseValidationTest {

    static ValidatableResponse refused(ValidatableResponse r, int status, String pointer) {
        return r.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body("errors.pointer", hasItem(pointer)).body("errors.find { it.pointer == '" + pointer + "' }.message",
                        not(equalTo("")));
    }

    static Map<String, Object> with(Map<String, Object> base, Object... kv) {
        Map<String, Object> m = new HashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] == null) {
                m.remove((String) kv[i]);
            } else {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    @Test
    void badReportsAreRefusedWithFieldPointers() {
        String t = street("val");
        Map<String, Object> ok = problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "北大对面违建");
        refused(report(t, GAO_LIMEI, with(ok, "description", null), null), 400, "/description")
                .body("errors.find { it.pointer == '/description' }.message", containsString("describe"));
        refused(report(t, GAO_LIMEI, with(ok, "description", "   "), null), 400, "/description");
        refused(report(t, GAO_LIMEI, with(ok, "description", "长".repeat(2001)), null), 400, "/description");
        refused(report(t, GAO_LIMEI, with(ok, "itemCode", "6001"), null), 400, "/itemCode");
        refused(report(t, GAO_LIMEI, with(ok, "itemCode", "99999"), null), 422, "/itemCode")
                .body("errors[0].message", containsString("99999"));
        refused(report(t, GAO_LIMEI, with(ok, "itemCode", null), null), 422, "/itemCode");
        refused(report(t, GAO_LIMEI, with(ok, "lon", 116.39, "lat", 39.91), null), 422, "/lon")
                .body("errors[0].message", containsString("nearest grid"));
        refused(report(t, GAO_LIMEI, with(ok, "lat", null), null), 422, "/lat");
        refused(report(t, GAO_LIMEI, with(ok, "lon", null), null), 422, "/lon");
        refused(report(t, GAO_LIMEI, with(ok, "lon", null, "lat", null), null), 422, "/lon");
        refused(report(t, GAO_LIMEI, with(ok, "lon", 181), null), 400, "/lon");
        refused(report(t, GAO_LIMEI, with(ok, "lon", null, "lat", null, "gridCode", "150621001009001"), null), 422, "/gridCode");
        refused(report(t, GAO_LIMEI, with(ok, "lon", null, "lat", null, "gridCode", "15062"), null), 400, "/gridCode");
        refused(report(t, GAO_LIMEI, with(ok, "kind", "complaint"), null), 400, "/kind");
        refused(report(t, GAO_LIMEI, with(ok, "source", "wechat"), null), 400, "/source");
        refused(report(t, GAO_LIMEI, with(ok, "photos", List.of(UUID.randomUUID().toString())), null), List.of(400, 422), "/photos");
        refused(report(t, GAO_LIMEI, with(ok, "kind", "service"), null), 422, "/dutyItemId");
        refused(report(t, GAO_LIMEI, with(ok, "lon", "east"), null), 400, "/lon")
                .body("errors[0].message", containsString("number"));
        refused(report(t, GAO_LIMEI, with(ok, "photos", List.of("photo-1")), null), 400, "/photos/0");
        as(t, GAO_LIMEI).body("{\"description\": ").post(base(t) + "/cases").then().statusCode(400)
                .contentType("application/problem+json");
        as(t, GAO_LIMEI).post(base(t) + "/cases").then().statusCode(oneOf(400, 422)).contentType("application/problem+json");
        assertEquals(0L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", t), "no bad report became a case");

        // by grid code instead of a point is fine
        report(t, GAO_LIMEI, with(ok, "lon", null, "lat", null, "gridCode", BEIDA_2), null).statusCode(201)
                .body("summary.gridCode", equalTo(BEIDA_2));
    }

    @Test
    void badMovesAreRefusedWithFieldPointers() {
        String t = street("valm");
        String reported = reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "待核实"));
        refused(act(t, DISPATCHER, reported, action("fly")), 422, "/action")
                .body("errors[0].message", containsString("register"));
        refused(act(t, DISPATCHER, reported, Map.of()), 400, "/action");
        refused(act(t, DISPATCHER, reported, action("reject")), 422, "/note");
        refused(act(t, DISPATCHER, reported, action("reject", "note", "  ")), 422, "/note");
        refused(act(t, DISPATCHER, reported, action("reject", "note", "长".repeat(2001))), 400, "/note");
        refused(act(t, DISPATCHER, reported, action("register", "itemCode", "99999")), 422, "/itemCode");
        refused(act(t, DISPATCHER, reported, action("register", "itemCode", "x")), 400, "/itemCode");
        refused(act(t, DISPATCHER, reported, action("escalate")), 422, "/note");
        refused(act(t, DISPATCHER, reported, action("merge", "mergeInto", "not-a-uuid")), 400, "/mergeInto")
                .body("errors[0].message", containsString("UUID"));
        moved(t, DISPATCHER, reported, action("register"));
        refused(act(t, DISPATCHER, reported, action("dispatch", "department", "City Management")), 400, "/department");
        refused(act(t, DISPATCHER, reported, action("dispatch", "coDepartments", List.of("a", "b", "c", "d", "e", "f", "g",
                "h", "i", "j", "k"))), 400, "/coDepartments");

        String accepted = accepted(t, "已签收");
        refused(act(t, CITY_MANAGEMENT, accepted, action("handle", "note", "已拆除")), 422, "/photos");
        refused(act(t, CITY_MANAGEMENT, accepted, action("handle", "note", "已拆除", "photos", List.of(UUID.randomUUID()))),
                List.of(400, 422), "/photos");
        List<String> ten = java.util.Collections.nCopies(10, UUID.randomUUID().toString());
        refused(act(t, CITY_MANAGEMENT, accepted, action("handle", "note", "已拆除", "photos", ten)), 400, "/photos");
        refused(act(t, CITY_MANAGEMENT, accepted, action("request-postponement", "note", "等配件")), 422, "/extension");
        refused(act(t, CITY_MANAGEMENT, accepted, action("request-postponement", "note", "等配件", "extension", "P60D")), 422,
                "/extension");
        refused(act(t, CITY_MANAGEMENT, accepted, action("request-postponement", "note", "等配件", "extension", "three days")),
                400, "/extension");
        refused(act(t, CITY_MANAGEMENT, accepted, action("request-postponement", "extension", "P3D")), 422, "/note");

        String handled = handled(t, "已处置");
        refused(act(t, GAO_LIMEI, handled, action("rework")), 422, "/note");
        moved(t, GAO_LIMEI, handled, action("close"));
        refused(act(t, GAO_LIMEI, handled, action("evaluate", "rating", 6)), 400, "/rating")
                .body("errors[0].message", containsString("1 (very dissatisfied) to 5"));
        refused(act(t, GAO_LIMEI, handled, action("evaluate", "rating", 0)), 400, "/rating");
        refused(act(t, GAO_LIMEI, handled, action("evaluate")), 422, "/rating");
        refused(act(t, GAO_LIMEI, handled, action("evaluate", "rating", "five")), 400, "/rating");
        assertEquals("closed", view(t, GAO_LIMEI, handled).getString("summary.state"));
        moved(t, GAO_LIMEI, handled, action("evaluate", "rating", 5));
        as(t, ADMIN).get(base(t) + "/record/verify").then().body("intact", equalTo(true));
    }

    @Test
    void badSettingsAndQueriesAreRefusedWithFieldPointers() {
        String t = street("vals");
        Map<String, Object> ok = Map.of("duplicateRadiusM", 100, "duplicateWindow", "PT48H");
        refused(as(t, ADMIN).body(with(ok, "duplicateRadiusM", 9000)).put(base(t) + "/casework/settings").then(), 400,
                "/duplicateRadiusM");
        refused(as(t, ADMIN).body(with(ok, "duplicateWindow", "two days")).put(base(t) + "/casework/settings").then(), 400,
                "/duplicateWindow");
        refused(as(t, ADMIN).body(with(ok, "serviceLimits", Map.of("repair", "PT2H"))).put(base(t) + "/casework/settings")
                .then(), 422, "/serviceLimits/repair");
        refused(as(t, ADMIN).body(with(ok, "remindAtPercent", 100)).put(base(t) + "/casework/settings").then(), 400,
                "/remindAtPercent");
        as(t, DISPATCHER).body(ok).put(base(t) + "/casework/settings").then().statusCode(403);
        as(t, ADMIN).body(with(ok, "remindAtPercent", 80)).put(base(t) + "/casework/settings").then().statusCode(200)
                .body("remindAtPercent", equalTo(80)).body("serviceLimits.handle", equalTo("PT72H"));
        as(t, DISPATCHER).get(base(t) + "/casework/settings").then().statusCode(200).body("duplicateRadiusM", equalTo(100));

        as(t, DISPATCHER).get(base(t) + "/cases?state=lost").then().statusCode(400).contentType("application/problem+json");
        as(t, DISPATCHER).get(base(t) + "/cases?limit=501").then().statusCode(400);
        as(t, DISPATCHER).get(base(t) + "/cases?node=150621001999").then().statusCode(404);
        as(t, DISPATCHER).get(base(t) + "/cases?state=open,closed&overdue=true&mine=true").then().statusCode(200);
    }

    static ValidatableResponse refused(ValidatableResponse r, List<Integer> statuses, String pointer) {
        return r.statusCode(oneOf(statuses.toArray(Integer[]::new))).contentType("application/problem+json")
                .body("errors.pointer", hasItem(pointer));
    }
}
