package org.gridx.app.selfgovernance.forum;

import static org.gridx.app.selfgovernance.forum.Forums.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forum settings are validated with their bounds, and "who may open threads" is applied. */
@QuarkusTest
class ForumSettingsTest {

    @Test
    void invalidSettingsAreRefusedWithAProblemNamingEachSetting() {
        Forums f = new Forums();
        // The core's module API answers invalid settings with 422 (a 4xx problem naming each setting).
        f.settings(Map.of("forum-thread-openers", "everyone", "forum-post-max-length", 10,
                        "forum-ban-max-days", 1000, "forum-title-max-length", "long"))
                .statusCode(422).contentType("application/problem+json")
                .body("errors.pointer", hasItems("/settings/forum-thread-openers", "/settings/forum-post-max-length",
                        "/settings/forum-ban-max-days", "/settings/forum-title-max-length"));
        f.settings(Map.of("forum-thread-openers", "staff", "forum-post-max-length", 10000, "forum-ban-max-days", 365))
                .statusCode(200);
    }

    @Test
    void withStaffOnlyResidentsReplyButDoNotOpenThreads() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        f.settings(Map.of("forum-thread-openers", "staff")).statusCode(200);
        f.openThread(f.alice, forum, "我的话题", "正文").statusCode(403).contentType("application/problem+json");
        String notice = f.thread(f.informant, forum);
        f.reply(f.alice, notice, "收到").statusCode(201);
    }

    @Test
    void withVerifiedResidentsOnlyAnUnverifiedResidentCannotOpenAThread() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        f.thread(f.alice, forum);
        f.settings(Map.of("forum-thread-openers", "verified-residents")).statusCode(200);
        f.openThread(f.alice, forum, "我的话题", "正文").statusCode(403);
        f.thread(f.chief, forum);
        as(f.alice).get(f.api("/forums/" + forum + "/threads")).then().statusCode(200).body("title", hasItem("楼道灯坏了"));
    }
}
