package org.gridx.testkit;

import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A wait for pages that are replaced under the driver (a form post, a redirect, a live refresh). An element
 * found just before the replacement is gone when it is read; Chromium reports that either as a stale element
 * or, since 156, as an "unknown error" whose node "does not belong to the document". Both mean "look again",
 * so both are retried until the wait's time is up; every other driver error still fails at once.
 */
public final class PageWait extends WebDriverWait {

    public PageWait(WebDriver driver, Duration timeout) {
        super(driver, timeout);
        ignoring(StaleElementReferenceException.class);
    }

    @Override
    public <V> V until(Function<? super WebDriver, ? extends V> condition) {
        return super.until((WebDriver d) -> {
            try {
                return condition.apply(d);
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    static boolean replaced(WebDriverException e) {
        String message = e.getRawMessage();
        return message != null && message.contains("does not belong to the document");
    }
}
