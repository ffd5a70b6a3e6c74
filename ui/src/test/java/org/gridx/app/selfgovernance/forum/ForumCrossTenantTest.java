package org.gridx.app.selfgovernance.forum;

import static org.gridx.app.selfgovernance.forum.Forums.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.junit.jupiter.api.Test;

/**
 * Tenant B's people cannot read, list, write, report, hide, pin, ban or appeal in tenant A's forums, neither
 * through A's addresses nor with A's ids under their own: every try is a 404 and A's rows stay as they were.
 */
@QuarkusTest
class ForumCrossTenantTest {

    @Test
    void anotherTenantGets404EverywhereAndChangesNothing() {
        Forums a = new Forums();
        Forums b = new Forums();
        String forum = a.forum(Forums.GRID);
        String thread = a.thread(a.alice, forum);
        String post = a.post(a.bob, thread);
        String report = as(a.alice).body(Map.of("reason", "x")).post(a.api("/posts/" + post + "/reports"))
                .then().statusCode(201).extract().path("id");
        String ban = as(a.informant).body(Map.of("username", "bob", "reason", "x", "until", LocalDate.now().plusDays(2).toString()))
                .post(a.api("/forums/" + forum + "/bans")).then().statusCode(201).extract().path("id");
        List<Map<String, Object>> before = rows(a.tenant);

        for (String api : List.of(a.api(""), b.api(""))) {
            for (String token : List.of(b.admin, b.informant, b.bob)) {
                as(token).get(api + "/forums/" + forum).then().statusCode(404);
                as(token).get(api + "/forums/" + forum + "/threads").then().statusCode(404);
                as(token).get(api + "/threads/" + thread).then().statusCode(404);
                as(token).body(Map.of("title", "t", "body", "b")).post(api + "/forums/" + forum + "/threads").then().statusCode(404);
                as(token).body(Map.of("body", "b")).post(api + "/threads/" + thread + "/posts").then().statusCode(404);
                as(token).body(Map.of("pinned", true)).put(api + "/threads/" + thread + "/pin").then().statusCode(404);
                as(token).body(Map.of("reason", "r")).post(api + "/posts/" + post + "/reports").then().statusCode(404);
                as(token).body(Map.of("reason", "r")).post(api + "/posts/" + post + "/hide").then().statusCode(404);
                as(token).post(api + "/moderation/reports/" + report + "/dismiss").then().statusCode(404);
                as(token).get(api + "/forums/" + forum + "/bans").then().statusCode(404);
                as(token).body(Map.of("username", "bob", "reason", "r", "until", LocalDate.now().toString()))
                        .post(api + "/forums/" + forum + "/bans").then().statusCode(404);
                as(token).body(Map.of("text", "t")).post(api + "/bans/" + ban + "/appeal").then().statusCode(404);
                as(token).body(Map.of("decision", "lift")).post(api + "/bans/" + ban + "/decision").then().statusCode(404);
            }
        }
        as(b.admin).get(a.api("/forums")).then().statusCode(404);
        as(b.admin).get(b.api("/moderation/reports")).then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
        as(b.bob).get(b.api("/bans/mine")).then().statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
        assertEquals(before, rows(a.tenant), "tenant A's forum rows changed");
    }

    private static List<Map<String, Object>> rows(String tenant) {
        return AdminSql.query("SELECT 'f' k, id::text, title v FROM self_governance_forum WHERE tenant_id = ? UNION ALL "
                + "SELECT 't', id::text, title || pinned FROM self_governance_thread WHERE tenant_id = ? UNION ALL "
                + "SELECT 'p', id::text, body || coalesce(hidden_reason, '') FROM self_governance_post WHERE tenant_id = ? UNION ALL "
                + "SELECT 'r', id::text, coalesce(outcome, 'open') FROM self_governance_abuse_report WHERE tenant_id = ? UNION ALL "
                + "SELECT 'b', id::text, coalesce(appeal_text, '') || coalesce(decision, '') FROM self_governance_forum_ban "
                + "WHERE tenant_id = ? ORDER BY 1, 2", tenant, tenant, tenant, tenant, tenant);
    }
}
