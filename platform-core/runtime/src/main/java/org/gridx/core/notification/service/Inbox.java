package org.gridx.core.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.clock.GridxClock;
import org.gridx.core.notification.domain.Notification;
import org.gridx.core.notification.rest.NotificationView;

/**
 * One person's notifications: only ever the rows addressed to {@code me}, in the current tenant (both
 * tenancy walls apply). Someone else's notification, like another tenant's, is simply not found.
 */
@ApplicationScoped
public class Inbox {

    /** What a live stream pushes: to whom, and what. */
    public record Pushed(String recipient, NotificationView view) {
    }

    @Inject
    GridxClock clock;

    @Transactional
    public List<NotificationView> list(String me, boolean unreadOnly, int limit) {
        String query = unreadOnly ? "recipient = ?1 and readAt is null order by createdAt desc, id desc"
                : "recipient = ?1 order by createdAt desc, id desc";
        return Notification.<Notification>find(query, me).page(0, limit).list().stream().map(NotificationView::of).toList();
    }

    @Transactional
    public long unread(String me) {
        return Notification.count("recipient = ?1 and readAt is null", me);
    }

    /** Marks it read (once: a second call keeps the first time). */
    @Transactional
    public NotificationView markRead(String me, UUID id) {
        Notification n = Notification.findById(id);
        if (n == null || !me.equals(n.recipient)) {
            throw ProblemException.notFound("You have no notification " + id + "; list yours with GET …/notifications.");
        }
        if (n.readAt == null) {
            // as PostgreSQL keeps it, so this answer and every later one say the same time
            n.readAt = clock.now().truncatedTo(ChronoUnit.MICROS);
        }
        return NotificationView.of(n);
    }

    /** Marks every unread notification of {@code me} read; returns how many. */
    @Transactional
    public int markAllRead(String me) {
        return Notification.update("readAt = ?1 where recipient = ?2 and readAt is null", clock.now(), me);
    }

    /** For the live stream: runs as the signal's tenant. */
    public Optional<Pushed> forPush(UUID id) {
        Notification n = Notification.findById(id);
        return n == null ? Optional.empty() : Optional.of(new Pushed(n.recipient, NotificationView.of(n)));
    }
}
