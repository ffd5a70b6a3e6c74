package org.gridx.app.command;

import static org.gridx.app.command.CommandFixture.G12;
import static org.gridx.app.command.CommandFixture.IN_G12;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridx.testkit.Browser;
import org.gridx.testkit.PageWait;
import org.gridx.testkit.TenantFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The board on the centre's wall screen, in real Chromium: it loads its figures, map and cameras once, and a
 * case reported meanwhile (through the API, as a phone would) enters the live feed and the map without a
 * reload; drilling into a community and back up works from the map and the path.
 */
@QuarkusTest
class CommandBoardBrowserIT {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aNewReportAppearsInTheFeedAndOnTheMapWithoutAReload() {
        String t = CommandFixture.tenant();
        CommandFixture.api(t, "disp").body(Map.of("name", "北大社区东门", "node", G12, "lon", 110.012, "lat", 40.407,
                "streamUrl", "https://video.example/beida", "status", "online")).post("/api/t/" + t + "/command/cameras")
                .then().statusCode(201);
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver();
            d.manage().window().setSize(new Dimension(1920, 1080));
            PageWait wait = new PageWait(d, Duration.ofSeconds(20));
            signIn(d, t, "disp");
            d.get(base + "t/" + t + "/command");
            assertEquals("指挥中心大屏", d.findElement(By.tagName("h1")).getText());
            wait.until(x -> "0".equals(x.findElement(By.id("kpi-today")).getText()));
            wait.until(x -> x.findElement(By.id("live-status")).getText().contains("实时连接已建立"));
            assertEquals(1, d.findElements(By.cssSelector("#board-map .board-camera")).size(), "the camera is on the map");
            assertEquals(0, d.findElements(By.cssSelector("#board-map path.board-case")).size());
            ((JavascriptExecutor) d).executeScript("window.__sameBoard = true;"); // gone if the page reloads

            String number = CommandFixture.report(t, "gao", G12, IN_G12, "人行道违章接坡").getString("number");

            WebElement item = wait.until(x -> x.findElement(By.cssSelector("#feed li[data-number='" + number + "']")));
            assertEquals("new", item.getAttribute("data-kind"));
            assertTrue(item.getText().contains(number) && item.getText().contains("违章接坡"), item.getText());
            wait.until(x -> !x.findElements(By.cssSelector("#board-map path.board-case[data-number='" + number + "']")).isEmpty());
            wait.until(x -> "1".equals(x.findElement(By.id("kpi-today")).getText()));
            assertEquals(Boolean.TRUE, ((JavascriptExecutor) d).executeScript("return window.__sameBoard === true;"),
                    "no reload happened");

            // drill down: the community's area on the map, then back up by the path
            List<WebElement> areas = d.findElements(By.cssSelector("#board-map path.leaflet-interactive:not(.board-case)"));
            assertEquals(2, areas.size(), "the street's two communities");
            ((JavascriptExecutor) d).executeScript("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));",
                    areas.get(0));
            wait.until(x -> x.findElements(By.cssSelector("#board-path li")).size() == 2);
            assertTrue(d.findElement(By.cssSelector("#board-path li[aria-current]")).getText().contains("北大社区"));
            assertTrue(d.getCurrentUrl().endsWith("?node=" + CommandFixture.C1));
            wait.until(x -> !x.findElements(By.cssSelector("#board-map path.board-case[data-number='" + number + "']")).isEmpty());
            d.findElement(By.cssSelector("#board-path button")).click();
            wait.until(x -> x.findElements(By.cssSelector("#board-path li")).size() == 1);
        }
    }

    private void signIn(WebDriver d, String tenant, String user) {
        d.get(base + "t/" + tenant + "/login");
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(TenantFixtures.PASSWORD);
        d.findElement(By.id("login-submit")).click();
        new PageWait(d, Duration.ofSeconds(10)).until(x -> x.getCurrentUrl().endsWith("/t/" + tenant + "/"));
    }
}
