package org.gridx.core.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import org.gridx.api.event.LiveEvent;
import org.gridx.api.event.Notifying;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.event.EventDelivery;
import org.gridx.core.event.LiveSignals;
import org.gridx.core.event.OutboxStore;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.notification.domain.HeldNotification;
import org.gridx.core.notification.domain.Notification;
import org.gridx.core.tenancy.service.TenantZone;

/**
 * A core observer of committed {@link Notifying} events (delivered by the outbox relay, in its own
 * transaction as the event's tenant): one notification per recipient who is an active account of the
 * tenant; unknown and disabled usernames are skipped. Keyed on the outbox row, so a redelivery adds
 * nothing. Each new notification is signalled, so the recipient's open streams show it at once; for an
 * account that chose the daily digest it is held for the day's digest instead.
 */
@ApplicationScoped
public class NotificationWriter {

    static final int TEXT_MAX = 500;
    private static final int RECIPIENTS_MAX = 1000;
    /** A path inside the tenant's pages: no scheme, no host, no "//", no spaces. */
    private static final Pattern LINK = Pattern.compile("/(?!/)[A-Za-z0-9._~!$&'()*+,;=:@%/?#-]{0,298}");

    @Inject
    EventDelivery delivery;
    @Inject
    OutboxStore signals;
    @Inject
    GridxClock clock;
    @Inject
    Deliveries deliveries;
    @Inject
    DailyDigest digest;
    @Inject
    TenantZone zone;

    void write(@Observes Notifying event) {
        Set<String> recipients = event.recipients();
        if (recipients == null || recipients.isEmpty()) {
            return;
        }
        OptionalLong seq = delivery.seq();
        LocalizedText message = event.message() != null ? event.message() : LocalizedText.of(type(event), type(event));
        List<Notification> written = new ArrayList<>();
        List<Account> accounts = active(recipients);
        Set<String> daily = deliveries.daily(accounts);
        for (String username : accounts.stream().map(a -> a.username).toList()) {
            if (daily.contains(username)) {
                hold(event, username, message, seq);
                continue;
            }
            if (seq.isPresent() && Notification.count("eventSeq = ?1 and recipient = ?2", seq.getAsLong(), username) > 0) {
                continue;
            }
            Notification n = new Notification();
            n.recipient = username;
            n.messageZh = cut(message.zh());
            n.messageEn = cut(message.en());
            n.link = event.link() != null && LINK.matcher(event.link()).matches() ? event.link() : null;
            n.eventType = type(event);
            n.eventSeq = seq.isPresent() ? seq.getAsLong() : null;
            n.createdAt = (event.occurredAt() != null ? event.occurredAt() : clock.now()).truncatedTo(ChronoUnit.MICROS);
            n.persist();
            written.add(n);
        }
        Notification.flush();
        written.forEach(n -> signals.signal(LiveSignals.notification(event.tenantId(), n.id)));
    }

    /** For a daily-digest account: kept for the digest of the event's local day instead of shown at once. */
    private void hold(Notifying event, String username, LocalizedText message, OptionalLong seq) {
        if (seq.isPresent() && HeldNotification.count("eventSeq = ?1 and recipient = ?2", seq.getAsLong(), username) > 0) {
            return;
        }
        HeldNotification h = new HeldNotification();
        h.recipient = username;
        h.createdAt = (event.occurredAt() != null ? event.occurredAt() : clock.now()).truncatedTo(ChronoUnit.MICROS);
        h.day = h.createdAt.atZone(zone.current()).toLocalDate();
        h.messageZh = cut(message.zh());
        h.messageEn = cut(message.en());
        h.eventType = type(event);
        h.eventSeq = seq.isPresent() ? seq.getAsLong() : null;
        h.persist();
        digest.arm();
    }

    private static List<Account> active(Set<String> recipients) {
        List<String> names = recipients.stream().filter(r -> r != null && !r.isBlank()).limit(RECIPIENTS_MAX).toList();
        return Account.<Account>list("username in ?1 and status = 'active'", names);
    }

    private static String type(Notifying event) {
        String t = event instanceof LiveEvent live ? live.type() : event.getClass().getSimpleName();
        return t.length() > 100 ? t.substring(0, 100) : t;
    }

    private static String cut(String s) {
        return s.length() > TEXT_MAX ? s.substring(0, TEXT_MAX - 1) + "…" : s;
    }
}
