package org.gridx.core.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gridx.core.timer.service.DueTimer;
import org.gridx.core.timer.service.TimerHandler;

/**
 * The tenant's daily digest run: sends the digests of the days gone by, then schedules tomorrow's run. It
 * runs in the timer's transaction as the timer's tenant, so a failure rolls back and the timer retries.
 */
@ApplicationScoped
public class DigestTimer implements TimerHandler {

    @Inject
    DailyDigest digest;

    @Override
    public String kind() {
        return DailyDigest.KIND;
    }

    @Override
    public void fire(DueTimer timer) {
        digest.sendBefore(digest.today());
        digest.arm();
    }
}
