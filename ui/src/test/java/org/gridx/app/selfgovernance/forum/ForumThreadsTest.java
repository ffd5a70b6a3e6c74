package org.gridx.app.selfgovernance.forum;

import static org.gridx.app.selfgovernance.forum.Forums.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Threads, replies and pinned notices, with the tenant's limits. */
@QuarkusTest
class ForumThreadsTest {

    @Test
    void aResidentOpensAThreadAndOthersReplyInOrder() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        String thread = f.thread(f.alice, forum);
        f.reply(f.bob, thread, "我也发现了").statusCode(201);
        as(f.alice).get(f.api("/threads/" + thread)).then().statusCode(200)
                .body("title", equalTo("楼道灯坏了"))
                .body("posts.body", contains("三单元楼道灯不亮", "我也发现了"))
                .body("posts.authorName", contains("居民甲", "居民乙"))
                .body("posts[0].author", equalTo(null));
        as(f.bob).get(f.api("/forums/" + forum + "/threads")).then().statusCode(200).body("id", hasItem(thread));
    }

    @Test
    void theGridsStaffPinNoticesFirstAndResidentsCannotPin() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        String notice = f.thread(f.informant, forum);
        String later = f.thread(f.alice, forum);
        as(f.alice).body(Map.of("pinned", true)).put(f.api("/threads/" + later + "/pin")).then().statusCode(403)
                .contentType("application/problem+json");
        as(f.otherInformant).body(Map.of("pinned", true)).put(f.api("/threads/" + notice + "/pin")).then().statusCode(403);
        as(f.informant).body(Map.of("pinned", true)).put(f.api("/threads/" + notice + "/pin")).then().statusCode(200)
                .body("pinned", equalTo(true));
        as(f.alice).get(f.api("/forums/" + forum + "/threads")).then().statusCode(200)
                .body("id", contains(notice, later)).body("pinned", contains(true, false));
    }

    @Test
    void textsOverTheTenantsLimitsOrBlankAreRefusedWithWhatToFix() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        f.openThread(f.alice, forum, "x".repeat(81), "正文").statusCode(422)
                .contentType("application/problem+json").body("errors[0].pointer", equalTo("/title"));
        f.openThread(f.alice, forum, "标题", "").statusCode(400).body("errors.pointer", hasItem("/body"));
        String thread = f.thread(f.alice, forum);
        f.reply(f.bob, thread, "长".repeat(2001)).statusCode(422).body("errors[0].pointer", equalTo("/body"));
        f.settings(Map.of("forum-post-max-length", 3000)).statusCode(200);
        f.reply(f.bob, thread, "长".repeat(2001)).statusCode(201);
        f.reply(f.bob, thread, "长".repeat(10001)).statusCode(400);
    }

    @Test
    void unknownForumsAndThreadsAre404Problems() {
        Forums f = new Forums();
        as(f.alice).get(f.api("/threads/0190a7b2-7c1e-7d3a-9f00-1234567890ab")).then().statusCode(404)
                .contentType("application/problem+json");
        f.openThread(f.alice, "0190a7b2-7c1e-7d3a-9f00-1234567890ab", "标题", "正文").statusCode(404);
        as(f.admin).body(Map.of("nodeCode", "12345", "title", "x")).post(f.api("/forums")).then().statusCode(400)
                .body("errors.pointer", hasItem("/nodeCode"));
    }
}
