package org.gridx.testkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.opentest4j.TestAbortedException;

/**
 * Real headless Chromium for browser journeys ({@code *BrowserIT}), using Debian's {@code chromium} and
 * {@code chromium-driver} (never a download). When they are missing the journey is skipped with a loud
 * message, unless GRIDX_REQUIRE_BROWSER=true (CI), where that is a failure.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser start() {
        String chromium = env("GRIDX_CHROMIUM", "/usr/bin/chromium");
        String chromedriver = env("GRIDX_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(chromedriver).canExecute()) {
            String msg = "\n********************************************************************************\n"
                    + "  BROWSER JOURNEY NOT RUN: " + chromium + " or " + chromedriver + " is missing.\n"
                    + "  Install them: apt-get update && apt-get install -y chromium chromium-driver\n"
                    + "********************************************************************************";
            if ("true".equals(System.getenv("GRIDX_REQUIRE_BROWSER"))) {
                throw new IllegalStateException(msg + "\n  GRIDX_REQUIRE_BROWSER=true, so this is a failure.");
            }
            System.err.println(msg);
            throw new TestAbortedException("Chromium/chromedriver missing; browser journey skipped");
        }
        try {
            Path profile = Files.createTempDirectory("gridx-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless=new",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=390,844",
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new IllegalStateException("could not create a Chromium profile directory", e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp directory is harmless
            }
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
