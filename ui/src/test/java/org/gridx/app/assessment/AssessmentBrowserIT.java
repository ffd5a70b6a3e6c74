package org.gridx.app.assessment;

import static org.gridx.app.assessment.AssessmentStreet.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.gridx.testkit.Browser;
import org.gridx.testkit.PageWait;
import org.gridx.testkit.TenantFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The administrator signs in on a phone-sized Chromium, opens the indicators from the menu, splits them by
 * grid, reads a formula, then tries weights that do not add up to 100 and is told so at the field.
 */
@QuarkusTest
class AssessmentBrowserIT {

    @TestHTTPResource("/")
    URL base;

    @Test
    void indicatorsByGridAndAWeightsFormThatExplainsItsError() {
        String t = create("indb");
        String a = report(t, "inf1", RAMP, G11, "东一违章接坡");
        act(t, "disp", a, "action", "register");
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver();
            PageWait wait = new PageWait(d, Duration.ofSeconds(15));
            d.get(base + "t/" + t + "/login");
            d.findElement(By.id("username")).sendKeys("admin");
            d.findElement(By.id("password")).sendKeys(TenantFixtures.PASSWORD);
            d.findElement(By.id("login-submit")).click();
            wait.until(x -> x.getCurrentUrl().endsWith("/t/" + t + "/"));

            d.findElement(By.cssSelector("nav a[href='/t/" + t + "/assessment']")).click();
            wait.until(x -> x.getCurrentUrl().contains("/t/" + t + "/assessment"));
            assertTrue(d.findElement(By.id("indicator-caption")).getText().startsWith("考核指标"));
            new Select(d.findElement(By.id("by"))).selectByValue("grid");
            d.findElement(By.id("show")).click();
            wait.until(x -> x.getCurrentUrl().contains("by=grid"));
            WebElement row = d.findElement(By.id("row-" + G11));
            assertTrue(row.findElement(By.tagName("th")).getText().contains("东一网格"), d.getPageSource());
            assertEquals("1", row.findElements(By.tagName("td")).get(0).getText(), "one report in 东一网格");
            assertTrue(d.findElement(By.id("f-disposal-rate")).isDisplayed());
            assertTrue(d.findElement(By.cssSelector("#col-disposal-rate abbr")).getAttribute("title").contains("处置数"));

            d.findElement(By.id("to-settings")).click();
            wait.until(x -> x.getCurrentUrl().endsWith("/assessment/settings"));
            WebElement weight = d.findElement(By.id("w-disposal-rate"));
            weight.clear();
            weight.sendKeys("20");
            d.findElement(By.id("settings-save")).click();
            wait.until(x -> !x.findElements(By.id("weights-error")).isEmpty());
            assertTrue(d.findElement(By.id("weights-error")).getText().contains("add up to 90"), d.getPageSource());
            assertEquals("20", d.findElement(By.id("w-disposal-rate")).getAttribute("value"), "the entry is kept");

            weight = d.findElement(By.id("w-disposal-rate"));
            weight.clear();
            weight.sendKeys("30");
            d.findElement(By.id("settings-save")).click();
            wait.until(x -> !x.findElements(By.id("saved-notice")).isEmpty());
        }
    }
}
