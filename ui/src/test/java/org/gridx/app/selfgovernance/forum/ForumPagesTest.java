package org.gridx.app.selfgovernance.forum;

import static io.restassured.RestAssured.given;
import static org.gridx.app.selfgovernance.forum.Forums.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.modules.selfgovernance.SelfGovernanceModule;
import org.gridx.testkit.contract.ContractFixtures;
import org.junit.jupiter.api.Test;

/** The phone pages: forums, a thread with its forms, the moderation queue; escaped text, safe links, 404 when off. */
@QuarkusTest
class ForumPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static Response page(String token, String path, String lang) {
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token)
                .cookie("gridx_lang", lang).get(path);
    }

    private static Response submit(String token, Response form, String action, Map<String, String> fields) {
        Matcher csrf = CSRF.matcher(form.asString());
        assertTrue(csrf.find(), "the page's forms carry a CSRF token");
        return given().redirects().follow(false).accept("text/html").cookie("gridx_token", token)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .cookie("gridx_csrf", form.getCookie("gridx_csrf")).formParam("csrf", csrf.group(1))
                .formParams(fields).post(action);
    }

    @Test
    void aResidentOpensAThreadFromThePhoneAndItsTextIsEscapedWithSafeLinks() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        String base = "/t/" + f.tenant + "/self-governance";
        Response list = page(f.alice, base + "/forums", "zh-CN");
        assertEquals(200, list.statusCode());
        assertTrue(list.asString().contains("我的网格和社区") && list.asString().contains(forum));
        assertTrue(page(f.alice, base + "/forums", "en").asString().contains("My grid and community"));

        Response forumPage = page(f.alice, base + "/forums/" + forum, "zh-CN");
        assertTrue(forumPage.asString().contains("<label for=\"title\">"), "fields are labelled");
        String body = "<script>alert(1)</script> 见 https://example.com/a?b=1。 javascript:alert(2)";
        Response posted = submit(f.alice, forumPage, base + "/forums/" + forum + "/threads",
                Map.of("title", "<b>灯</b>", "body", body));
        assertEquals(303, posted.statusCode());
        String thread = page(f.alice, posted.getHeader("Location").replaceFirst("^https?://[^/]+", ""), "zh-CN").asString();
        assertTrue(thread.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "text is escaped");
        assertTrue(thread.contains("&lt;b&gt;灯&lt;/b&gt;"), "title is escaped");
        assertFalse(thread.contains("<script>alert(1)"));
        assertTrue(thread.contains("<a href=\"https://example.com/a?b=1\" rel=\"nofollow ugc noopener\">"), thread);
        assertFalse(thread.contains("href=\"javascript:"), "only http/https become links");
    }

    @Test
    void residentsSeeAPlaceholderForAHiddenPostAndModeratorsTheirQueue() {
        Forums f = new Forums();
        String threadId = f.thread(f.alice, f.forum(Forums.GRID));
        String post = f.post(f.bob, threadId);
        String base = "/t/" + f.tenant + "/self-governance";
        Response threadPage = page(f.alice, base + "/threads/" + threadId, "zh-CN");
        Response reported = submit(f.alice, threadPage, base + "/posts/" + post + "/report", Map.of("reason", "骂人"));
        assertEquals(303, reported.statusCode());
        assertEquals(403, page(f.alice, base + "/moderation", "zh-CN").statusCode());
        Response queue = page(f.informant, base + "/moderation", "zh-CN");
        assertTrue(queue.asString().contains("举报理由：骂人"), queue.asString());
        assertFalse(page(f.otherInformant, base + "/moderation", "zh-CN").asString().contains("骂人"));
        assertEquals(303, submit(f.informant, queue, base + "/posts/" + post + "/hide",
                Map.of("reason", "辱骂", "back", "moderation")).statusCode());
        String seenByAlice = page(f.alice, base + "/threads/" + threadId, "zh-CN").asString();
        assertTrue(seenByAlice.contains("该帖子已被管理员隐藏。"));
        assertFalse(seenByAlice.contains("同意，晚上很黑"));
        String seenByInformant = page(f.informant, base + "/threads/" + threadId, "en").asString();
        assertTrue(seenByInformant.contains("同意，晚上很黑") && seenByInformant.contains("Hidden because: 辱骂"));
    }

    @Test
    void aBannedResidentSeesTheBanAndAppealsOnceFromTheForumPage() {
        Forums f = new Forums();
        String forum = f.forum(Forums.GRID);
        as(f.informant).body(Map.of("username", "bob", "reason", "刷屏", "until", LocalDate.now().plusDays(3).toString()))
                .post(f.api("/forums/" + forum + "/bans")).then().statusCode(201);
        String base = "/t/" + f.tenant + "/self-governance/forums/" + forum;
        Response banned = page(f.bob, base, "zh-CN");
        assertTrue(banned.asString().contains("刷屏") && banned.asString().contains("id=\"appeal-form\""));
        assertFalse(banned.asString().contains("id=\"thread-form\""));
        Matcher action = Pattern.compile("action=\"([^\"]+/appeal)\"").matcher(banned.asString());
        assertTrue(action.find());
        assertEquals(303, submit(f.bob, banned, action.group(1), Map.of("text", "我错了")).statusCode());
        assertFalse(page(f.bob, base, "zh-CN").asString().contains("id=\"appeal-form\""));
        assertTrue(page(f.informant, "/t/" + f.tenant + "/self-governance/moderation", "zh-CN").asString().contains("我错了"));
    }

    @Test
    void withTheModuleOffThePagesAre404AndTheMenuEntryIsGone() {
        Forums f = new Forums();
        String forums = "/t/" + f.tenant + "/self-governance/forums";
        assertTrue(page(f.alice, forums, "zh-CN").asString().contains("href=\"/t/" + f.tenant + "/self-governance/forums\""),
                "the menu links the forums while the module is on");
        ContractFixtures.disable(f.tenant, SelfGovernanceModule.ID);
        assertEquals(404, page(f.alice, forums, "zh-CN").statusCode());
        assertEquals(404, page(f.informant, "/t/" + f.tenant + "/self-governance/moderation", "zh-CN").statusCode());
        String home = page(f.alice, "/t/" + f.tenant + "/notifications", "zh-CN").asString();
        assertFalse(home.contains("self-governance"), "no menu entry of a disabled module");
    }
}
