package org.gridx.app.casework;

import static org.gridx.app.casework.Loop.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.domain.CaseAction;
import org.gridx.core.casework.domain.CaseState;
import org.gridx.core.casework.domain.CaseTransitions;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/** The loop's transition table is the only way a case moves, and the database holds the same table. */
@QuarkusTest
class CaseTransitionRulesTest {

    /**
     * For every state a case can reach, every action the table has no row for is refused with 409, and the
     * problem names what the caller can do from there instead. Nothing is recorded for a refused move.
     */
    @Test
    void everyActionOutsideTheTableIsRefusedWith409ListingWhatIsAllowedFromTheState() {
        String t = street("fsm");
        Map<CaseState, String> cases = new EnumMap<>(CaseState.class);
        cases.put(CaseState.REPORTED, reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "已上报")));
        cases.put(CaseState.REGISTERED, registered(t, "已立案"));
        String dispatched = registered(t, "已派遣");
        moved(t, DISPATCHER, dispatched, action("dispatch"));
        cases.put(CaseState.DISPATCHED, dispatched);
        cases.put(CaseState.ACCEPTED, accepted(t, "已签收"));
        cases.put(CaseState.HANDLED, handled(t, "已处置"));
        String closed = handled(t, "已结案");
        moved(t, GAO_LIMEI, closed, action("close"));
        cases.put(CaseState.CLOSED, closed);
        String evaluated = handled(t, "已评价");
        moved(t, GAO_LIMEI, evaluated, action("close"));
        moved(t, GAO_LIMEI, evaluated, action("evaluate", "rating", 4));
        cases.put(CaseState.EVALUATED, evaluated);
        String rejected = reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "不予立案"));
        moved(t, DISPATCHER, rejected, action("reject", "note", "现场核实无此问题"));
        cases.put(CaseState.REJECTED, rejected);
        String merged = reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "重复上报"));
        moved(t, DISPATCHER, merged, action("merge", "mergeInto", cases.get(CaseState.REPORTED)));
        cases.put(CaseState.MERGED, merged);

        Set<String> dispatcher = Set.of(Role.Names.DISPATCHER);
        int tried = 0;
        for (Map.Entry<CaseState, String> e : cases.entrySet()) {
            CaseState state = e.getKey();
            String id = e.getValue();
            assertEquals(state.code(), view(t, DISPATCHER, id).getString("summary.state"), "fixture for " + state);
            long entries = AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid", t, id);
            String allowed = CaseTransitions.allowed(state, dispatcher).stream().map(CaseAction::code).toList().toString();
            for (CaseAction a : CaseAction.values()) {
                if (CaseTransitions.find(state, a).isPresent()) {
                    continue;
                }
                act(t, DISPATCHER, id, action(a.code(), "note", "试一试", "rating", 3)).statusCode(409)
                        .contentType("application/problem+json")
                        .body("detail", containsString("A case that is " + state.code() + " cannot be '" + a.code() + "'"))
                        .body("detail", containsString("From here: " + allowed));
                tried++;
            }
            assertEquals(entries, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid",
                    t, id), "a refused move records nothing on a " + state.code() + " case");
        }
        assertEquals(CaseState.values().length - 1, cases.size(), "every state but 'new' is reachable and tried");
        assertFalse(tried < 100, "tried " + tried + " illegal moves");

        // what is allowed is listed for the caller's own roles: city management sees its two moves
        act(t, CITY_MANAGEMENT, dispatched, action("handle", "note", "x")).statusCode(409)
                .body("detail", containsString("From here: [accept, return]"));
        // and the case view offers exactly the table's moves for the caller
        assertEquals(List.of("accept", "return"), view(t, CITY_MANAGEMENT, dispatched).getList("allowedActions"));
    }

    /** A department's return takes the case out of its sight; the answer to the move still shows the result. */
    @Test
    void aDepartmentThatReturnsAMisroutedCaseSeesTheResultOfItsMoveThenNoLonger() {
        String t = street("ret");
        String id = registered(t, "退回测试");
        moved(t, DISPATCHER, id, action("dispatch"));
        JsonPath returned = moved(t, CITY_MANAGEMENT, id, action("return", "note", "不属城管职责，应由住建处理"));
        assertEquals("registered", returned.getString("summary.state"));
        assertEquals(1, returned.getInt("returns"));
        as(t, CITY_MANAGEMENT).get(base(t) + "/cases/" + id).then().statusCode(404);
        assertEquals("registered", view(t, DISPATCHER, id).getString("summary.state"));
    }

    /** Moves only the loop's own timers make, and the record-keeping move of a merge, are not for people. */
    @Test
    void timerMovesAndAddReporterCannotBeMadeThroughTheApi() {
        String t = street("sys");
        String id = registered(t, "系统动作");
        for (String system : List.of("overdue", "remind")) {
            act(t, DISPATCHER, id, action(system)).statusCode(403).contentType("application/problem+json");
        }
        act(t, DISPATCHER, id, action("add-reporter")).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("merge"));
        assertEquals(2L, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid", t, id));
    }

    /** The Java table and the case_transition rows every timeline entry must reference are the same set. */
    @Test
    void theJavaTransitionTableEqualsTheDatabaseTable() {
        Set<String> java = CaseTransitions.ALL.stream()
                .map(tr -> tr.from().code() + " --" + tr.action().code() + "--> " + tr.to().code())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> db = AdminSql.query("SELECT from_state, action, to_state FROM case_transition").stream()
                .map(r -> r.get("from_state") + " --" + r.get("action") + "--> " + r.get("to_state"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(java, db);
        assertEquals(CaseTransitions.ALL.size(), db.size(), "no duplicate rows in the Java table");
    }

    /** A case's allowed actions come from the table, so an unknown action is a 422 naming them. */
    @Test
    void anUnknownActionIs422NamingTheActionsOfTheState() {
        String t = street("unk");
        String id = reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "未知动作"));
        act(t, DISPATCHER, id, action("demolish")).statusCode(422).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/action"))
                .body("errors[0].message", containsString("register"));
    }
}
