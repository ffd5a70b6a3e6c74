package org.gridx.app.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.gridx.testkit.Browser;
import org.gridx.testkit.PageWait;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** A person signs in on a phone-sized Chromium, sees the home page in Chinese, switches to English, signs out. */
@QuarkusTest
class LoginBrowserIT {

    @TestHTTPResource("/")
    URL base;

    @Test
    void signInSwitchLanguageSignOut() {
        String tenant = IdentityFixture.tenant();
        IdentityFixture.account(tenant, "gaolimei", "informant");
        try (Browser browser = Browser.start()) {
            WebDriver d = browser.driver();
            d.get(base + "t/" + tenant + "/login");
            assertEquals("zh-CN", d.findElement(By.tagName("html")).getAttribute("lang"));
            d.findElement(By.id("username")).sendKeys("gaolimei");
            d.findElement(By.id("password")).sendKeys(IdentityFixture.PASSWORD);
            d.findElement(By.id("login-submit")).click();
            // a form post navigates after click() returns: wait for the new page, never read the URL at once
            PageWait wait = new PageWait(d, Duration.ofSeconds(10));
            wait.until(x -> x.getCurrentUrl().endsWith("/t/" + tenant + "/"));
            assertTrue(d.findElement(By.tagName("h1")).getText().contains("您好"), d.getPageSource());
            assertTrue(d.getPageSource().contains("网格信息员"));

            d.findElement(By.id("lang-switch")).click();
            wait.until(x -> "en".equals(x.findElement(By.tagName("html")).getAttribute("lang")));
            assertTrue(d.findElement(By.tagName("h1")).getText().contains("Hello"), d.getPageSource());
            assertTrue(d.getPageSource().contains("Grid informant"));

            d.findElement(By.id("sign-out")).click();
            wait.until(x -> x.getCurrentUrl().contains("/t/" + tenant + "/login"));
            assertEquals("en", d.findElement(By.tagName("html")).getAttribute("lang"), "the language choice stays");
            d.get(base + "t/" + tenant + "/");
            assertTrue(d.getCurrentUrl().contains("/login?next="), "signed out: the home page asks to sign in");
        }
    }
}
