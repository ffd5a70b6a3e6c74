package org.gridx.app.assessment;

import static org.gridx.app.assessment.AnalysisData.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.assessment.fact.FactCatchUp;
import org.gridx.core.clock.GridxClock;
import org.gridx.testkit.Browser;
import org.gridx.testkit.PageWait;
import org.gridx.testkit.TenantFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The analysis page in real Chromium: the dispatcher signs in, picks a period and a community with the form,
 * and the charts (ECharts canvases) and the map of recurring places (one marker, the three reports opposite
 * 北大) are drawn above tables with the same figures.
 */
@QuarkusTest
class AnalysisBrowserIT {

    @TestHTTPResource("/")
    URL base;
    @Inject
    GridxClock clock;
    @Inject
    FactCatchUp catchUp;
    @Inject
    TenantContext tenants;

    @Test
    void theDispatcherPicksAPeriodAndSeesChartsMapAndTables() {
        String t = AnalysisData.shared(clock, catchUp, tenants);
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver();
            PageWait wait = new PageWait(d, Duration.ofSeconds(20));
            d.get(base + "t/" + t + "/login");
            d.findElement(By.id("username")).sendKeys(AnalysisStreet.DISPATCHER);
            d.findElement(By.id("password")).sendKeys(TenantFixtures.PASSWORD);
            d.findElement(By.id("login-submit")).click();
            wait.until(x -> x.getCurrentUrl().endsWith("/t/" + t + "/"));

            d.get(base + "t/" + t + "/analysis");
            assertEquals("研判分析", d.findElement(By.tagName("h1")).getText());
            setDate(d, "from", day(4, 1));
            setDate(d, "to", day(4, 30));
            new Select(d.findElement(By.id("node"))).selectByValue(AnalysisStreet.BEIDA);
            d.findElement(By.id("apply")).click();
            wait.until(x -> x.getCurrentUrl().contains("node=" + AnalysisStreet.BEIDA));

            for (String chart : new String[] {"heat-0", "trend-chart", "bn-chart"}) {
                wait.until(x -> !x.findElements(By.cssSelector("#" + chart + " canvas")).isEmpty());
            }
            wait.until(x -> x.findElements(By.cssSelector("#cluster-map path.cluster-point")).size() == 1);
            String table = d.findElement(By.id("rec-table")).getText();
            assertTrue(table.contains("私搭乱建") && table.contains(day(4, 5)), table);
            assertTrue(d.findElement(By.id("hot-table")).getText().contains("北大二网格"));
        }
    }

    /** Sets a date input the way a picker does (typing into one depends on the browser's locale). */
    private static void setDate(WebDriver d, String id, String value) {
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }
}
