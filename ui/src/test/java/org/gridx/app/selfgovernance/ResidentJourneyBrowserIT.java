package org.gridx.app.selfgovernance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Browser;
import org.gridx.testkit.PageWait;
import org.gridx.testkit.TenantFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A resident joins their grid's self-governance from a phone, in real Chromium: registers on the portal with
 * an address picked down to the unit, is verified by the grid's informant on the verification page, opens a
 * thread in the grid forum, registers for a public-needs meeting and votes in a poll — each step checked on
 * the page and in the database.
 */
@QuarkusTest
class ResidentJourneyBrowserIT {

    private static final String RESIDENT = "zhao.xiaomei";
    private static final String PASSWORD = "奶茶店门口的路灯又坏了";

    @TestHTTPResource("/")
    URL base;

    @Test
    void aResidentRegistersIsVerifiedPostsInTheForumRegistersForAMeetingAndVotes() {
        String t = Gov.street();
        String building = Residents.building(t, Gov.G1);
        Gov.as(t, "admin").body(Map.of("kind", "unit", "name", "3单元", "parentId", building))
                .post("/api/t/" + t + "/places").then().statusCode(201);
        String forum = Gov.as(t, "admin").body(Map.of("nodeCode", Gov.G1, "title", "幸福小区议事论坛"))
                .post(Gov.api(t, "forums")).then().statusCode(201).extract().path("id");
        String meeting = Gov.as(t, "chief").body(Map.of("kind", "public-needs", "title", "民情问需会：小区停车",
                "gridCode", Gov.G1, "venue", "社区活动室", "capacity", 30, "agenda", List.of("停车难"),
                "startsAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                "endsAt", Instant.now().plus(2, ChronoUnit.DAYS).plus(2, ChronoUnit.HOURS).toString()))
                .post(Gov.api(t, "meetings")).then().statusCode(201).extract().path("id");
        String poll = Gov.as(t, "chief").body(Map.of("question", "小区健身器材放在哪里？",
                "options", List.of("东门广场", "中心花园"), "maxChoices", 1, "gridCode", Gov.G1,
                "opensAt", Instant.now().minus(1, ChronoUnit.MINUTES).toString(),
                "closesAt", Instant.now().plus(7, ChronoUnit.DAYS).toString()))
                .post(Gov.api(t, "polls")).then().statusCode(201).extract().path("id");

        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver();
            PageWait wait = new PageWait(d, Duration.ofSeconds(20));

            d.get(base + "t/" + t + "/register");
            d.findElement(By.id("displayName")).sendKeys("赵晓梅");
            d.findElement(By.id("phone")).sendKeys("13912345678");
            d.findElement(By.id("username")).sendKeys(RESIDENT);
            d.findElement(By.id("password")).sendKeys(PASSWORD);
            pick(wait, d, "compound", "幸福小区");
            pick(wait, d, "building", "1号楼");
            pick(wait, d, "unit", "3单元");
            d.findElement(By.id("register-submit")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("registered")));
            assertEquals("pending", registration(t), "registered, waiting for the informant");

            signIn(d, wait, t, "gao.limei", TenantFixtures.PASSWORD);
            d.get(base + "t/" + t + "/verifications");
            d.findElement(By.cssSelector("li[data-username='" + RESIDENT + "'] button[id^=verify-]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done-notice")));
            assertEquals("verified", registration(t));
            d.manage().deleteAllCookies();

            signIn(d, wait, t, RESIDENT, PASSWORD);
            d.get(base + "t/" + t + "/self-governance/forums");
            d.findElement(By.cssSelector("#my-forums a[href$='/forums/" + forum + "']")).click();
            d.findElement(By.id("title")).sendKeys("晚上路灯不亮");
            d.findElement(By.id("body")).sendKeys("3单元门口的路灯坏了一周，老人晚上出门不方便。");
            d.findElement(By.id("thread-submit")).click();
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "晚上路灯不亮"));
            assertEquals(1L, AdminSql.count("SELECT count(*) FROM self_governance_thread WHERE tenant_id = ? AND title = ?",
                    t, "晚上路灯不亮"));

            d.get(base + "t/" + t + "/self-governance/meetings/" + meeting);
            d.findElement(By.id("register")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mine")));
            assertEquals(1L, AdminSql.count("SELECT count(*) FROM self_governance_registration WHERE tenant_id = ? "
                    + "AND meeting_id = ?::uuid AND username = ?", t, meeting, RESIDENT));

            d.get(base + "t/" + t + "/self-governance/polls/" + poll);
            d.findElement(By.cssSelector("#ballot-form input[name=option]")).click();
            d.findElement(By.id("vote")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("voted")));
            assertTrue(d.findElements(By.id("ballot-form")).isEmpty(), "one ballot: the form is gone");
            assertEquals(1L, AdminSql.count("SELECT count(*) FROM self_governance_poll_ballot WHERE tenant_id = ? "
                    + "AND poll_id = ?::uuid AND voter = ?", t, poll, RESIDENT));
        }
    }

    /** Chooses {@code text} in the address select {@code id} once the page has filled it in. */
    private static void pick(PageWait wait, WebDriver d, String id, String text) {
        wait.until(x -> x.findElements(By.cssSelector("#" + id + " option")).stream().anyMatch(o -> o.getText().contains(text)));
        Select select = new Select(d.findElement(By.id(id)));
        select.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst().orElseThrow().click();
    }

    private static String registration(String tenant) {
        return (String) AdminSql.query("SELECT r.state FROM resident_registration r JOIN account a ON a.tenant_id = r.tenant_id "
                + "AND a.id = r.account_id WHERE r.tenant_id = ? AND a.username = ?", tenant, RESIDENT).get(0).get("state");
    }

    private void signIn(WebDriver d, PageWait wait, String tenant, String user, String password) {
        d.get(base + "t/" + tenant + "/login");
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(password);
        d.findElement(By.id("login-submit")).click();
        wait.until(x -> !x.getCurrentUrl().contains("/login"));
    }
}
