package org.gridx.core.notification.rest;

import java.time.Instant;
import java.util.UUID;
import org.gridx.api.i18n.LocalizedText;
import org.gridx.core.notification.domain.Notification;

/** A notification as its recipient sees it; {@code href} is the page it opens, ready to follow. */
public record NotificationView(UUID id, String type, LocalizedText message, String link, String href,
        Instant createdAt, Instant readAt, boolean read) {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.eventType, LocalizedText.of(n.messageZh, n.messageEn), n.link,
                n.link == null ? null : "/t/" + n.tenantId + n.link, n.createdAt, n.readAt, n.readAt != null);
    }

    /** The message in a page's language. */
    public String text(String lang) {
        return message.in(lang);
    }
}
