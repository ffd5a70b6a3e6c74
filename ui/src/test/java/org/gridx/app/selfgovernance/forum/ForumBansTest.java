package org.gridx.app.selfgovernance.forum;

import static org.gridx.app.selfgovernance.forum.Forums.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bans from one forum, the single appeal and the moderator's decision. */
@QuarkusTest
class ForumBansTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static Map<String, Object> ban(String who, LocalDate until) {
        return Map.of("username", who, "reason", "多次辱骂", "until", until.toString());
    }

    @Test
    void aBannedUserCannotPostThereButElsewhereAndOthersCan() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        String other = f.forum(Forums.COMMUNITY);
        String thread = f.thread(f.alice, forum);
        as(f.informant).body(ban("bob", TODAY.plusDays(7))).post(f.api("/forums/" + forum + "/bans")).then()
                .statusCode(201).body("active", equalTo(true));
        f.reply(f.bob, thread, "我还要说").statusCode(403).contentType("application/problem+json");
        f.openThread(f.bob, forum, "新话题", "正文").statusCode(403);
        f.reply(f.alice, thread, "好的").statusCode(201);
        f.thread(f.bob, other);
        as(f.bob).get(f.api("/bans/mine")).then().statusCode(200).body("reason", hasItem("多次辱骂"));
    }

    @Test
    void onlyTheNodesModeratorsBanWithinTheLongestBanOfTheTenant() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        as(f.alice).body(ban("bob", TODAY.plusDays(1))).post(f.api("/forums/" + forum + "/bans")).then().statusCode(403);
        as(f.otherInformant).body(ban("bob", TODAY.plusDays(1))).post(f.api("/forums/" + forum + "/bans")).then().statusCode(403);
        as(f.informant).body(ban("bob", TODAY.plusDays(91))).post(f.api("/forums/" + forum + "/bans")).then()
                .statusCode(422).body("errors[0].pointer", equalTo("/until"));
        as(f.informant).body(ban("bob", TODAY.minusDays(1))).post(f.api("/forums/" + forum + "/bans")).then().statusCode(422);
        as(f.informant).body(Map.of("username", "bob", "reason", "x")).post(f.api("/forums/" + forum + "/bans")).then()
                .statusCode(400).body("errors.pointer", hasItem("/until"));
        as(f.informant).body(ban("bob", TODAY.plusDays(90))).post(f.api("/forums/" + forum + "/bans")).then().statusCode(201);
        as(f.informant).body(ban("bob", TODAY.plusDays(3))).post(f.api("/forums/" + forum + "/bans")).then().statusCode(409);
        as(f.alice).get(f.api("/forums/" + forum + "/bans")).then().statusCode(403);
    }

    @Test
    void theBannedUserAppealsOnceAndAModeratorLiftsTheBan() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        String thread = f.thread(f.alice, forum);
        String ban = as(f.informant).body(ban("bob", TODAY.plusDays(7))).post(f.api("/forums/" + forum + "/bans"))
                .then().statusCode(201).extract().path("id");
        as(f.informant).body(Map.of("decision", "lift")).post(f.api("/bans/" + ban + "/decision")).then().statusCode(409);
        as(f.alice).body(Map.of("text", "替他申诉")).post(f.api("/bans/" + ban + "/appeal")).then().statusCode(404);
        as(f.bob).body(Map.of("text", "我已道歉")).post(f.api("/bans/" + ban + "/appeal")).then().statusCode(200);
        as(f.bob).body(Map.of("text", "再申诉")).post(f.api("/bans/" + ban + "/appeal")).then().statusCode(409);
        as(f.informant).get(f.api("/moderation/appeals")).then().body("id", hasItem(ban));
        as(f.otherInformant).get(f.api("/moderation/appeals")).then().body("id", not(hasItem(ban)));
        as(f.otherInformant).body(Map.of("decision", "lift")).post(f.api("/bans/" + ban + "/decision")).then().statusCode(403);
        as(f.informant).body(Map.of("decision", "pardon")).post(f.api("/bans/" + ban + "/decision")).then().statusCode(400);
        as(f.informant).body(Map.of("decision", "lift", "note", "已道歉")).post(f.api("/bans/" + ban + "/decision"))
                .then().statusCode(200).body("decision", equalTo("lifted")).body("active", equalTo(false));
        as(f.informant).body(Map.of("decision", "uphold")).post(f.api("/bans/" + ban + "/decision")).then().statusCode(409);
        f.reply(f.bob, thread, "谢谢").statusCode(201);
    }

    @Test
    void anUpheldBanStays() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        String thread = f.thread(f.alice, forum);
        String ban = as(f.admin).body(ban("bob", TODAY)).post(f.api("/forums/" + forum + "/bans"))
                .then().statusCode(201).extract().path("id");
        as(f.bob).body(Map.of("text", "冤枉")).post(f.api("/bans/" + ban + "/appeal")).then().statusCode(200);
        as(f.admin).body(Map.of("decision", "uphold")).post(f.api("/bans/" + ban + "/decision")).then().statusCode(200);
        f.reply(f.bob, thread, "还是要说").statusCode(403);
    }
}
