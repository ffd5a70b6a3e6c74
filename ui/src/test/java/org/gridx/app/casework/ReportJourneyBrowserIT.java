package org.gridx.app.casework;

import static org.gridx.app.casework.LoopFixture.G1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.awt.Color;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Browser;
import org.gridx.testkit.PageWait;
import org.gridx.testkit.TenantFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;

/**
 * The loop from a phone, in real Chromium: an informant reports with a photo while offline, so the report
 * waits in the phone's queue; back online the queue sends it, once; the dispatcher registers it and
 * dispatches it to the list's department with one click; the case page shows the record.
 */
@QuarkusTest
class ReportJourneyBrowserIT {

    @TestHTTPResource("/")
    URL base;

    @Test
    void anOfflineReportIsQueuedSentOnceWhenOnlineAndDispatchedFromTheConsole() throws Exception {
        String t = LoopFixture.tenant();
        Path photo = Files.createTempFile("gridx-report", ".png");
        Files.write(photo, LoopFixture.photo(Color.MAGENTA));
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver();
            PageWait wait = new PageWait(d, Duration.ofSeconds(20));
            signIn(d, t, "gao.limei");
            // the phone stands in grid G1 and lets the page know where
            ChromiumDriver chromium = (ChromiumDriver) d;
            chromium.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
            chromium.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", LoopFixture.LAT,
                    "longitude", LoopFixture.LON, "accuracy", 8));
            d.get(base + "t/" + t + "/report");
            assertEquals("上报问题", d.findElement(By.tagName("h1")).getText());
            // let the service worker install (it keeps the page for offline use)
            wait.until(x -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) x).executeAsyncScript(
                    "var done = arguments[arguments.length - 1];"
                            + "navigator.serviceWorker.ready.then(function () { done(true); }, function () { done(false); });")));

            d.navigate().refresh(); // now under the worker, which keeps a copy of the page

            HasNetworkConditions network = (HasNetworkConditions) d;
            ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
            offline.setOffline(true);
            network.setNetworkConditions(offline);
            // the page opens without a network: the worker serves the copy it kept
            d.navigate().refresh();
            assertEquals("上报问题", d.findElement(By.tagName("h1")).getText());

            d.findElement(By.id("item-search")).sendKeys("接坡");
            WebElement item = d.findElement(By.cssSelector("input[name=itemCode][value='06003']"));
            assertTrue(item.isDisplayed(), "the search keeps the matching item");
            assertTrue(!d.findElement(By.cssSelector("input[name=itemCode][value='01004']")).isDisplayed(),
                    "the search hides the others");
            item.click();
            d.findElement(By.id("photos")).sendKeys(photo.toString());
            wait.until(x -> x.findElements(By.cssSelector("#previews img")).size() == 1);
            wait.until(x -> x.findElement(By.id("position")).getText().contains("110.005000, 40.405000"));
            d.findElement(By.id("address")).sendKeys("北大社区对面");
            d.findElement(By.id("description")).sendKeys("门店门口违章接坡，占用人行道");
            d.findElement(By.id("report-submit")).click();

            wait.until(x -> x.findElement(By.id("report-notice")).getText().contains("已保存在本机"));
            WebElement queued = wait.until(x -> x.findElement(By.cssSelector("#queue-list li")));
            String key = queued.getAttribute("data-key");
            assertTrue(queued.getText().contains("06003"), queued.getText());
            assertTrue(d.findElement(By.id("queue-status")).getText().contains("1"), d.findElement(By.id("queue-status")).getText());
            assertEquals(0L, cases(t), "nothing reached the server while offline");

            network.deleteNetworkConditions();
            wait.until(x -> x.findElements(By.cssSelector("#queue-list li")).isEmpty());
            wait.until(x -> x.findElement(By.id("report-notice")).getText().contains("已上报"));
            assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ? AND idempotency_key = ?", t, key));
            // pressing "send now" again (or a reload that sends the queue) makes no second case
            d.findElement(By.id("send-now")).click();
            d.navigate().refresh();
            wait.until(x -> x.findElement(By.id("queue-status")).getText().contains("没有待发送"));
            assertEquals(1L, cases(t));
            Map<String, Object> row = AdminSql.query("SELECT id, number, state FROM case_file WHERE tenant_id = ?", t).get(0);
            String id = row.get("id").toString();
            String number = row.get("number").toString();
            assertEquals("reported", row.get("state"));
            assertEquals(G1, AdminSql.query("SELECT grid_code FROM case_file WHERE tenant_id = ?", t).get(0).get("grid_code"),
                    "the phone's position placed the case in its grid");
            assertEquals(1L, AdminSql.count("SELECT count(*) FROM case_photo WHERE tenant_id = ? AND case_id = ?::uuid", t, id));

            d.findElement(By.id("sign-out")).click();
            signIn(d, t, "disp");
            d.get(base + "t/" + t + "/dispatch");
            d.findElement(By.id("register-" + number)).click();
            wait.until(x -> x.findElement(By.id("done-notice")).getText().contains(number));
            assertTrue(d.findElement(By.id("registered-" + number)).getText().contains("城管"));
            assertEquals(1, d.findElements(By.cssSelector("#case-map .case-point")).size(), "the map draws the case's point");
            d.findElement(By.id("dispatch-" + number)).click();
            wait.until(x -> x.findElement(By.id("done-notice")).getText().contains("指挥派遣"));
            assertEquals("dispatched", LoopFixture.state(t, id));
            assertEquals("city-management", AdminSql.query("SELECT lead_department FROM case_file WHERE tenant_id = ?", t)
                    .get(0).get("lead_department"));

            d.get(base + "t/" + t + "/cases/" + id);
            List<String> steps = d.findElements(By.cssSelector("#timeline > li")).stream().map(e -> e.getAttribute("data-action")).toList();
            assertEquals(List.of("采集上报", "核实立案", "指挥派遣"), steps);
            WebElement thumb = d.findElement(By.cssSelector("#case-photos img"));
            wait.until(x -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) x)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", thumb)));
            d.findElement(By.id("verify-link")).click();
            assertTrue(d.findElement(By.id("verify-result")).getText().contains("记录完整"), d.getPageSource());
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private static long cases(String tenant) {
        return AdminSql.count("SELECT count(*) FROM case_file WHERE tenant_id = ?", tenant);
    }

    private void signIn(WebDriver d, String tenant, String user) {
        d.get(base + "t/" + tenant + "/login");
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(TenantFixtures.PASSWORD);
        d.findElement(By.id("login-submit")).click();
        new PageWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/t/" + tenant + "/"));
    }
}
