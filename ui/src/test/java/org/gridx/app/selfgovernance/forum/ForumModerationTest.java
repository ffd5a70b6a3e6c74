package org.gridx.app.selfgovernance.forum;

import static org.gridx.app.selfgovernance.forum.Forums.as;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hiding, abuse reports and who may moderate which forum. */
@QuarkusTest
class ForumModerationTest {

    @Test
    void aHiddenPostIsAPlaceholderForResidentsAndKeepsItsTextAndReasonForModerators() {
        Forums f = new Forums();
        String thread = f.thread(f.alice, f.forum(Forums.GRID));
        String post = f.post(f.bob, thread);
        as(f.informant).body(Map.of("reason", "人身攻击")).post(f.api("/posts/" + post + "/hide")).then().statusCode(200);
        as(f.alice).get(f.api("/threads/" + thread)).then().statusCode(200)
                .body("posts[1].hidden", equalTo(true)).body("posts[1].body", nullValue())
                .body("posts[1].hiddenReason", nullValue());
        as(f.bob).get(f.api("/threads/" + thread)).then().body("posts[1].body", nullValue());
        as(f.informant).get(f.api("/threads/" + thread)).then().statusCode(200)
                .body("posts[1].body", equalTo("同意，晚上很黑")).body("posts[1].hiddenReason", equalTo("人身攻击"))
                .body("posts[1].author", equalTo("bob"));
    }

    @Test
    void onlyModeratorsOfThatNodeModerate() {
        Forums f = new Forums();
        String gridForum = f.forum(Forums.GRID);
        String communityForum = f.forum(Forums.COMMUNITY);
        String inGrid = f.post(f.bob, f.thread(f.alice, gridForum));
        String inCommunity = f.post(f.bob, f.thread(f.alice, communityForum));
        Map<String, String> why = Map.of("reason", "广告");
        as(f.alice).body(why).post(f.api("/posts/" + inGrid + "/hide")).then().statusCode(403);
        as(f.otherInformant).body(why).post(f.api("/posts/" + inGrid + "/hide")).then().statusCode(403)
                .contentType("application/problem+json");
        as(f.chief).body(why).post(f.api("/posts/" + inGrid + "/hide")).then().statusCode(403);
        as(f.informant).body(why).post(f.api("/posts/" + inCommunity + "/hide")).then().statusCode(403);
        as(f.chief).body(why).post(f.api("/posts/" + inCommunity + "/hide")).then().statusCode(200);
        as(f.informant).body(why).post(f.api("/posts/" + inGrid + "/hide")).then().statusCode(200);
        as(f.admin).body(Map.of("reason", "")).post(f.api("/posts/" + inGrid + "/hide")).then().statusCode(400)
                .body("errors.pointer", hasItem("/reason"));
    }

    @Test
    void onePersonReportsAPostOnceAndTheNodesModeratorsSeeTheQueue() {
        Forums f = new Forums();
        String post = f.post(f.bob, f.thread(f.bob, f.forum(Forums.GRID)));
        Map<String, String> why = Map.of("reason", "辱骂邻居");
        String report = as(f.alice).body(why).post(f.api("/posts/" + post + "/reports")).then().statusCode(201)
                .extract().path("id");
        as(f.alice).body(why).post(f.api("/posts/" + post + "/reports")).then().statusCode(409)
                .contentType("application/problem+json");
        as(f.informant).body(why).post(f.api("/posts/" + post + "/reports")).then().statusCode(201);
        as(f.informant).get(f.api("/moderation/reports")).then().statusCode(200)
                .body("id", hasItem(report)).body("post.body", hasItem("同意，晚上很黑"));
        as(f.otherInformant).get(f.api("/moderation/reports")).then().statusCode(200).body("id", not(hasItem(report)));
        as(f.chief).get(f.api("/moderation/reports")).then().body("id", not(hasItem(report)));
        as(f.otherInformant).post(f.api("/moderation/reports/" + report + "/dismiss")).then().statusCode(403);
        as(f.informant).body(Map.of("reason", "辱骂")).post(f.api("/posts/" + post + "/hide")).then().statusCode(200);
        as(f.informant).get(f.api("/moderation/reports")).then().statusCode(200).body("", empty());
        as(f.informant).post(f.api("/moderation/reports/" + report + "/dismiss")).then().statusCode(409);
    }

    @Test
    void aModeratorDismissesAReportAndThePostStays() {
        Forums f = new Forums();
        String thread = f.thread(f.alice, f.forum(Forums.GRID));
        String post = f.post(f.bob, thread);
        String report = as(f.alice).body(Map.of("reason", "不喜欢")).post(f.api("/posts/" + post + "/reports"))
                .then().statusCode(201).extract().path("id");
        as(f.admin).post(f.api("/moderation/reports/" + report + "/dismiss")).then().statusCode(200)
                .body("outcome", equalTo("dismissed"));
        as(f.alice).get(f.api("/threads/" + thread)).then().body("posts[1].hidden", equalTo(false));
    }
}
