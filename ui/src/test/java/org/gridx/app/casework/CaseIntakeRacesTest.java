package org.gridx.app.casework;

import static org.gridx.app.casework.Loop.*;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/**
 * Retries and races at the loop's two doors: a phone resending one report (in turn and at once), and two
 * dispatchers sending the same case out at the same moment.
 */
@QuarkusTest
class CaseIntakeRacesTest {

    @Test
    void theSameKeyThreeTimesGivesOneCaseAndTheKeyWithOtherContentIs409() {
        String t = street("idem");
        String key = "phone-" + UUID.randomUUID();
        Map<String, Object> body = problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "北大对面违建");
        String id = report(t, GAO_LIMEI, body, key).statusCode(201).extract().path("summary.id");
        report(t, GAO_LIMEI, body, key).statusCode(200).body("summary.id", equalTo(id));
        report(t, GAO_LIMEI, body, key).statusCode(200).body("summary.id", equalTo(id)).body("timeline.size()", equalTo(1));

        Map<String, Object> other = problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "另一处违建");
        report(t, GAO_LIMEI, other, key).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(key));
        // a key is the reporter's own: another informant's phone may happen to use the same one
        report(t, ZHAO_MIN, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "北大对面违建"), key).statusCode(201);
        report(t, GAO_LIMEI, body, "short").statusCode(422).body("errors[0].pointer", equalTo("Idempotency-Key"));

        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND reported_by = ?", t, GAO_LIMEI));
        assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid", t, id));
    }

    @Test
    void threeConcurrentSendsOfOneKeyMakeExactlyOneCase() throws Exception {
        String t = street("idemc");
        for (int round = 0; round < 3; round++) {
            String key = "offline-queue-" + UUID.randomUUID();
            Map<String, Object> body = problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "离线队列重发 " + round);
            List<Response> answers = all(3, () -> Loop.as(t, GAO_LIMEI).header("Idempotency-Key", key).body(body)
                    .post(base(t) + "/cases"));
            List<Integer> codes = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 200, 201), codes, "one creates, the others get it back: " + bodies(answers));
            assertEquals(1L, answers.stream().map(r -> r.jsonPath().getString("summary.id")).distinct().count());
            assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND idempotency_key = ?", t, key));
        }
        assertEquals(3L, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ?", t));
    }

    @Test
    void twoDispatchersRacingOneCaseGiveOne200AndOne409AndOneDispatchEntry() throws Exception {
        String t = street("race");
        for (boolean ifMatch : new boolean[] {true, false, true, false, false, false}) {
            String id = registered(t, "两名调度员同时派遣 " + ifMatch);
            int version = view(t, DISPATCHER, id).getInt("summary.version");
            List<Response> answers = all(2, List.of(DISPATCHER, DISPATCHER_B), user -> {
                var r = Loop.as(t, user).body(action("dispatch"));
                if (ifMatch) {
                    r.header("If-Match", "\"" + version + "\"");
                }
                return r.post(base(t) + "/cases/" + id + "/actions");
            });
            List<Integer> codes = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 409), codes, "If-Match " + ifMatch + ": " + bodies(answers));
            Response lost = answers.stream().filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertEquals("application/problem+json", lost.contentType());
            String detail = lost.jsonPath().getString("detail");
            assertTrue(detail.contains("reload") || detail.contains("cannot be 'dispatch'"),
                    "the loser is told the case moved on, not something misleading: " + detail);
            assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_timeline WHERE tenant_id = ? AND case_id = ?::uuid "
                    + "AND action = 'dispatch'", t, id));
            as(t, ADMIN).get(base(t) + "/cases/" + id + "/chain").then().body("intact", equalTo(true)).body("entries", equalTo(3));
        }
        // a stale If-Match is refused even without a race
        String id = registered(t, "旧版本");
        act(t, DISPATCHER, id, action("dispatch")).statusCode(200);
        Loop.as(t, DISPATCHER_B).header("If-Match", "\"0\"").body(action("escalate", "note", "多部门"))
                .post(base(t) + "/cases/" + id + "/actions").then().statusCode(409).body("detail", containsString("reload"));
        Loop.as(t, DISPATCHER_B).header("If-Match", "soon").body(action("escalate", "note", "多部门"))
                .post(base(t) + "/cases/" + id + "/actions").then().statusCode(422).body("errors[0].pointer", equalTo("If-Match"));
    }

    @Test
    void twoDuplicatesMergedIntoOneCaseAtOnceBothLandOnItsRecord() throws Exception {
        String t = street("merge2");
        String target = reported(t, GAO_LIMEI, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "北大对面违建"));
        String byZhao = reported(t, ZHAO_MIN, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "北大对面违建（赵）"));
        String byWu = reported(t, WU_XIUHUA, problem(ILLEGAL_STRUCTURE, OPPOSITE_BEIDA, "北大对面违建（吴）"));
        List<String[]> merges = List.of(new String[] {DISPATCHER, byZhao}, new String[] {DISPATCHER_B, byWu});
        List<Response> answers = all(2, merges, m -> Loop.as(t, m[0]).body(action("merge", "mergeInto", target))
                .post(base(t) + "/cases/" + m[1] + "/actions"));
        assertEquals(List.of(200, 200), answers.stream().map(Response::statusCode).toList(), bodies(answers));
        assertEquals(List.of("report", "add-reporter", "add-reporter"), view(t, DISPATCHER, target).getList("timeline.action"));
        assertEquals(3L, AdminSql.count("SELECT count(*) FROM case_party WHERE tenant_id = ? AND case_id = ?::uuid", t, target));
        as(t, ADMIN).get(base(t) + "/record/verify").then().body("intact", equalTo(true)).body("cases", equalTo(3));
    }

    static List<Response> all(int n, Callable<Response> call) throws Exception {
        List<Integer> seats = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            seats.add(i);
        }
        return all(n, seats, i -> call.call());
    }

    interface Send<T> {
        Response send(T who) throws Exception;
    }

    /** Sends {@code n} requests as close together as threads allow: all wait at one gate, then go. */
    static <T> List<Response> all(int n, List<T> who, Send<T> send) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                T w = who.get(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    return send.send(w);
                }));
            }
            gate.countDown();
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static String bodies(List<Response> rs) {
        return rs.stream().map(r -> r.statusCode() + " " + r.asString()).toList().toString();
    }
}
