package org.gridx.core.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A notification held for a daily-digest account until the digest of its (tenant-local) day sums it up. */
@Entity
@Table(name = "notification_held")
public class HeldNotification extends TenantOwnedEntity {

    public String recipient;
    public LocalDate day;
    @Column(name = "message_zh")
    public String messageZh;
    @Column(name = "message_en")
    public String messageEn;
    @Column(name = "event_type")
    public String eventType;
    @Column(name = "event_seq")
    public Long eventSeq;
    @Column(name = "created_at")
    public Instant createdAt;
}
