package org.gridx.core.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** The record that one account's digest of one day was sent (unique per account and day), and as which notification. */
@Entity
@Table(name = "notification_digest")
public class NotificationDigest extends TenantOwnedEntity {

    public String recipient;
    public LocalDate day;
    public int events;
    @Column(name = "notification_id")
    public UUID notificationId;
    @Column(name = "created_at")
    public Instant createdAt;
}
