package org.gridx.app.casework;

import static org.gridx.app.casework.Loop.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** Who may do what on a case beyond the table's roles: department, grid scope, own cases, reasons. */
@QuarkusTest
class CaseRolesTest {

    @Test
    void onlyTheLeadDepartmentsHandlerAcceptsAndHandles() {
        String t = street("dept");
        String id = registered(t, "派往城管");
        moved(t, DISPATCHER, id, action("dispatch"));
        // sanitation is the list's co-department: it sees the case but does not sign for it
        view(t, SANITATION, id);
        act(t, SANITATION, id, action("accept")).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("department city-management"));
        // public security has nothing to do with it: the case does not exist for it
        act(t, PUBLIC_SECURITY, id, action("accept")).statusCode(404);
        as(t, PUBLIC_SECURITY).get(base(t) + "/cases/" + id).then().statusCode(404);
        // nor may a grid worker or the centre sign in the department's name
        act(t, GAO_LIMEI, id, action("accept")).statusCode(403);
        act(t, DISPATCHER, id, action("accept")).statusCode(403);
        moved(t, CITY_MANAGEMENT, id, action("accept"));
        act(t, SANITATION, id, action("handle", "note", "已清理", "photos", List.of(Photos.upload(t, SANITATION)))).statusCode(403);
        assertEquals(List.of("report", "register", "dispatch", "accept"), view(t, DISPATCHER, id).getList("timeline.action"),
                "refused moves record nothing");
    }

    @Test
    void onlyAWorkerOfTheCasesGridChecksAndClosesIt() {
        String t = street("grid");
        // 高丽美 (北大二网格) reports what she saw in 团结二网格 on her way: she sees her case, but closing is
        // the checking on site of that grid's own workers
        String id = reported(t, GAO_LIMEI, problem(PUBLIC_TOILET, HEALTH_CENTRE_WEST_LANE, "路过卫生院西巷，公厕墙体开裂"));
        moved(t, DISPATCHER, id, action("register"));
        moved(t, DISPATCHER, id, action("dispatch"));
        moved(t, PUBLIC_UTILITY, id, action("accept"));
        moved(t, PUBLIC_UTILITY, id, action("handle", "note", "已修复", "photos", List.of(Photos.upload(t, PUBLIC_UTILITY))));
        view(t, GAO_LIMEI, id);
        act(t, GAO_LIMEI, id, action("close")).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString(TUANJIE_2));
        act(t, GAO_LIMEI, id, action("rework", "note", "未修好")).statusCode(403);
        // an informant of yet another grid does not even see it
        act(t, ZHAO_MIN, id, action("close")).statusCode(404);
        moved(t, WU_XIUHUA, id, action("close", "note", "现场核查已修复"));
        // the reporter rates although she is outside the grid; a resident elsewhere cannot
        act(t, RESIDENT_2, id, action("evaluate", "rating", 1)).statusCode(404);
        moved(t, GAO_LIMEI, id, action("evaluate", "rating", 4));
    }

    @Test
    void aResidentSeesOnlyTheirOwnCases() {
        String t = street("res");
        String mine = reported(t, RESIDENT, problem(ILLEGAL_STRUCTURE, new double[] {110.012, 40.412}, "小区门口私搭棚子"));
        String theirs = reported(t, RESIDENT_2, problem(PUBLIC_TOILET, HEALTH_CENTRE_WEST_LANE, "公厕门坏了"));
        // an informant's case in the resident's own grid is still not the resident's
        String informants = reported(t, SPECIALIST, problem(ILLEGAL_STRUCTURE, new double[] {110.0125, 40.4125}, "北大小区违建"));

        as(t, RESIDENT).get(base(t) + "/cases").then().statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo(mine))
                .body("[0].source", equalTo("resident"));
        as(t, RESIDENT_2).get(base(t) + "/cases").then().statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo(theirs));
        as(t, RESIDENT).get(base(t) + "/cases/" + theirs).then().statusCode(404);
        as(t, RESIDENT).get(base(t) + "/cases/" + informants).then().statusCode(404);
        as(t, RESIDENT).get(base(t) + "/cases/" + theirs + "/chain").then().statusCode(404);
        as(t, RESIDENT).get(base(t) + "/cases?state=open&limit=500").then().body("id", not(hasItem(informants)));
        JsonPath own = view(t, RESIDENT, mine);
        assertEquals(List.of(), own.getList("allowedActions"), "a resident has nothing to do while the centre verifies");
        as(t, RESIDENT).get(base(t) + "/record/verify").then().statusCode(403);
        as(t, RESIDENT).get(base(t) + "/casework/settings").then().statusCode(403);
        act(t, RESIDENT, mine, action("register")).statusCode(403);
        // the specialist of the grid sees the resident's case and the informant's, not the one in 团结
        Set<String> spec = as(t, SPECIALIST).get(base(t) + "/cases").then().statusCode(200).extract().jsonPath()
                .getList("id", String.class).stream().collect(Collectors.toSet());
        assertEquals(Set.of(mine, informants), spec);
    }

    @Test
    void theDispatcherOverridesTheListsDepartmentOnlyWithAReason() {
        String t = street("ovr");
        String id = registered(t, "其实是燃气管线");
        act(t, DISPATCHER, id, action("dispatch", "department", "public-security")).statusCode(422)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("/note"));
        act(t, DISPATCHER, id, action("dispatch", "department", "no-such-dept", "note", "x")).statusCode(422)
                .body("errors[0].pointer", equalTo("/department"));
        act(t, DISPATCHER, id, action("dispatch", "coDepartments", List.of("nobody"))).statusCode(422)
                .body("errors[0].pointer", equalTo("/coDepartments"));
        assertEquals("registered", view(t, DISPATCHER, id).getString("summary.state"));
        JsonPath c = moved(t, DISPATCHER, id, action("dispatch", "department", "public-security", "note", "现场为治安隐患，清单外派遣"));
        assertEquals("public-security", c.getString("summary.leadDepartment"));
        assertEquals(true, c.getBoolean("timeline[2].data.override"));
        assertEquals("city-management", c.getString("timeline[2].data.listDepartment"));
        assertEquals("现场为治安隐患，清单外派遣", c.getString("timeline[2].note"));
        moved(t, PUBLIC_SECURITY, id, action("accept"));
        // naming the list's own department needs no reason
        String byList = registered(t, "按清单");
        moved(t, DISPATCHER, byList, action("dispatch", "department", "city-management"));
    }

    @Test
    void mergingAFlaggedDuplicateKeepsBothReportersAsParties() {
        String t = street("dup");
        String first = reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "北大对面违建"));
        double[] tenMetresAway = {OPPOSITE_BEIDA[0] + 0.0001, OPPOSITE_BEIDA[1] + 0.00005};
        // 赵敏 (an informant of 兴盛园) passes by and reports the same structure
        String second = reported(t, ZHAO_MIN, problem(ILLEGAL_STRUCTURE, tenMetresAway, "北大对面又见违建"));
        as(t, ZHAO_MIN).get(base(t) + "/cases/" + first).then().statusCode(404);
        // another item at the same spot, or the same item far away, is not flagged
        String otherItem = reported(t, SPECIALIST, problem(PUBLIC_TOILET, tenMetresAway, "公厕"));
        String farAway = reported(t, SPECIALIST, problem(ILLEGAL_STRUCTURE, new double[] {110.0125, 40.4125}, "北大小区违建"));

        assertEquals(first, view(t, DISPATCHER, second).getString("summary.duplicateOf"));
        assertNull(view(t, DISPATCHER, otherItem).get("summary.duplicateOf"));
        assertNull(view(t, DISPATCHER, farAway).get("summary.duplicateOf"));
        as(t, DISPATCHER).get(base(t) + "/cases?duplicates=true").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].id", equalTo(second));
        act(t, DISPATCHER, second, action("merge")).statusCode(422).body("errors[0].pointer", equalTo("/mergeInto"));
        act(t, DISPATCHER, second, action("merge", "mergeInto", second)).statusCode(422);
        act(t, GAO_LIMEI, second, action("merge", "mergeInto", first)).statusCode(403);

        JsonPath merged = moved(t, DISPATCHER, second, action("merge", "mergeInto", first, "note", "同一处违建"));
        assertEquals("merged", merged.getString("summary.state"));
        JsonPath target = view(t, DISPATCHER, first);
        assertEquals("reported", target.getString("summary.state"));
        assertEquals(List.of("report", "add-reporter"), target.getList("timeline.action"));
        assertEquals(merged.getString("summary.number"), target.getString("timeline[1].data.merged"));
        Map<String, String> parties = AdminSql.query("SELECT party, kind FROM case_party WHERE tenant_id = ? AND case_id = ?::uuid",
                t, first).stream().collect(Collectors.toMap(r -> (String) r.get("party"), r -> (String) r.get("kind")));
        assertEquals(Map.of(GAO_LIMEI, "reporter", ZHAO_MIN, "merged-reporter"), parties);
        // the second reporter follows what they reported through the case it was merged into
        as(t, ZHAO_MIN).get(base(t) + "/cases/" + first).then().statusCode(200);
        as(t, ZHAO_MIN).get(base(t) + "/cases").then().body("id", hasItem(first));
        act(t, DISPATCHER, second, action("register")).statusCode(409);
        as(t, ADMIN).get(base(t) + "/record/verify").then().body("intact", equalTo(true));
    }
}
