package org.gridx.app.resident;

import static org.gridx.app.resident.ResidentFixture.*;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.notification.service.DailyDigest;
import org.gridx.core.timer.service.TimerSweep;
import org.gridx.testkit.AdminSql;
import org.gridx.testkit.Eventually;
import org.junit.jupiter.api.Test;

/**
 * A daily-digest account gets one notification per day summing up that day's events, sent by the tenant's
 * durable daily timer after local midnight; running it again (a retry, a second replica) sends nothing twice.
 */
@QuarkusTest
class NotificationDigestTest {

    @Inject
    GridxClock clock;
    @Inject
    TimerSweep sweep;
    @Inject
    DailyDigest digest;
    @Inject
    TenantContext tenants;

    @Test
    void oneDigestPerDayAndNoneTwice() {
        String t = tenant("dg");
        Places p = places(t);
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        Instant morning = LocalDate.now(zone).plusDays(3).atTime(9, 0).atZone(zone).toInstant();
        try {
            clock.set(morning);
            String id = register(t, "li.min", "李敏", p.unit1()).getString("id");
            String settings = "/api/t/" + t + "/notifications/settings";
            as(t, "li.min").get(settings).then().statusCode(200).body("delivery", equalTo("immediate"));
            as(t, "li.min").body(Map.of("delivery", "daily")).put(settings).then().statusCode(200).body("delivery", equalTo("daily"));
            as(t, "li.min").body(Map.of("delivery", "hourly")).put(settings).then().statusCode(400);
            // two events of the day: rejected, then (after a correction) verified
            String decide = "/api/t/" + t + "/registrations/" + id + "/decision";
            as(t, "gao.limei").body(Map.of("decision", "reject", "reason", "门牌不符")).post(decide).then().statusCode(200);
            as(t, "li.min").body(Map.of("displayName", "李敏", "phone", "13800000000")).put("/api/t/" + t + "/profile").then().statusCode(200);
            as(t, "gao.limei").body(Map.of("decision", "verify")).post(decide).then().statusCode(200);
            Eventually.until("both events held for the digest", () -> AdminSql.count(
                    "SELECT count(*) FROM notification_held WHERE tenant_id = ? AND recipient = 'li.min'", t) == 2);
            assertEquals(0L, notifications(t), "a daily-digest account gets nothing at once");

            // the day's run: after local midnight the tenant's timer fires and sends one digest
            clock.set(morning.plusSeconds(16 * 3600));
            sweep.sweepOnce();
            assertEquals(1L, notifications(t));
            String text = (String) AdminSql.query("SELECT message_zh FROM notification WHERE tenant_id = ? AND recipient = 'li.min'", t)
                    .get(0).get("message_zh");
            assertTrue(text.contains("共 2 条动态") && text.contains("门牌不符"), text);

            // again, as a retry or a second replica would: nothing more
            sweep.sweepOnce();
            tenants.runAs(t, () -> digest.sendBefore(digest.today()));
            assertEquals(1L, notifications(t));
            assertEquals(1L, AdminSql.count("SELECT count(*) FROM timer WHERE tenant_id = ? AND kind = 'notification.digest' AND fired_at IS NULL", t),
                    "the next day's run is scheduled");

            // a day without events sends nothing; back to immediate, events arrive at once again
            clock.set(morning.plusSeconds(40 * 3600));
            sweep.sweepOnce();
            assertEquals(1L, notifications(t));
            as(t, "li.min").body(Map.of("delivery", "immediate")).put(settings).then().statusCode(200);
            as(t, "li.min").body(Map.of("displayName", "李敏", "phone", "13800000000", "placeId", p.unit2())).put("/api/t/" + t + "/profile")
                    .then().statusCode(200);
            String again = "/api/t/" + t + "/registrations/" + id + "/decision";
            as(t, "wu.xiuhua").body(Map.of("decision", "verify")).post(again).then().statusCode(200);
            Eventually.until("the verification notified at once", () -> notifications(t) == 2);
        } finally {
            clock.reset();
        }
    }

    static long notifications(String t) {
        return AdminSql.count("SELECT count(*) FROM notification WHERE tenant_id = ? AND recipient = 'li.min'", t);
    }
}
