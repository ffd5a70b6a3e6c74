package org.gridx.core.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.notification.domain.HeldNotification;
import org.gridx.core.notification.domain.Notification;
import org.gridx.core.notification.domain.NotificationDigest;
import org.gridx.core.tenancy.service.TenantZone;
import org.gridx.core.timer.service.Timers;

/**
 * 每日摘要: once a day per tenant (a durable timer just after local midnight) every daily-digest account gets
 * one notification summing up each earlier day's held events. A digest and its record (unique per account
 * and day) commit together, so a retried or concurrent run skips what was sent and sends what was not.
 */
@ApplicationScoped
@Transactional
public class DailyDigest {

    public static final String KIND = "notification.digest";
    /** Minutes after local midnight the run is due, so events stamped just before midnight are in. */
    static final int AFTER_MIDNIGHT_MIN = 5;

    @Inject
    Timers timers;
    @Inject
    TenantContext tenant;
    @Inject
    TenantZone zone;
    @Inject
    GridxClock clock;

    /** The tenant's one digest timer (its subject id is derived from the tenant code). */
    public UUID subject() {
        return UUID.nameUUIDFromBytes((KIND + ":" + tenant.require()).getBytes(StandardCharsets.UTF_8));
    }

    /** Makes sure the tenant's next run is scheduled (re-scheduling the same time is a no-op upsert). */
    public void arm() {
        ZoneId z = zone.current();
        Instant next = today().plusDays(1).atStartOfDay(z).plusMinutes(AFTER_MIDNIGHT_MIN).toInstant();
        timers.schedule(KIND, subject(), next, Map.of());
    }

    public LocalDate today() {
        return clock.now().atZone(zone.current()).toLocalDate();
    }

    /** Sends every digest of the days before {@code today} not sent yet; returns how many were sent. */
    public int sendBefore(LocalDate today) {
        List<Object[]> due = HeldNotification.getEntityManager().createQuery("""
                select h.recipient, h.day, count(h) from HeldNotification h where h.day < :today and not exists (
                  select 1 from NotificationDigest d where d.recipient = h.recipient and d.day = h.day)
                group by h.recipient, h.day order by h.day, h.recipient""", Object[].class)
                .setParameter("today", today).getResultList();
        for (Object[] row : due) {
            send((String) row[0], (LocalDate) row[1]);
        }
        return due.size();
    }

    private void send(String recipient, LocalDate day) {
        List<HeldNotification> held = HeldNotification.list("recipient = ?1 and day = ?2 order by createdAt, id", recipient, day);
        Notification n = new Notification();
        n.recipient = recipient;
        n.messageZh = DigestText.zh(day, held);
        n.messageEn = DigestText.en(day, held);
        n.link = "/notifications";
        n.eventType = "notification.digest";
        n.createdAt = clock.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        n.persist();
        NotificationDigest d = new NotificationDigest();
        d.recipient = recipient;
        d.day = day;
        d.events = held.size();
        d.notificationId = n.id;
        d.createdAt = n.createdAt;
        d.persist();
    }
}
