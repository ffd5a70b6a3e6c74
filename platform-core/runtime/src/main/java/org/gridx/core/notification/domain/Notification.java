package org.gridx.core.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridx.api.tenant.TenantOwnedEntity;

/** 站内通知: one message for one account, from one event; read once its recipient marks it. */
@Entity
@Table(name = "notification")
public class Notification extends TenantOwnedEntity {

    public String recipient;
    @Column(name = "message_zh")
    public String messageZh;
    @Column(name = "message_en")
    public String messageEn;
    /** Page it opens, relative to the tenant's pages ({@code /cases/…}); null when it opens none. */
    public String link;
    @Column(name = "event_type")
    public String eventType;
    /** The outbox row it came from, so a redelivered event notifies nobody twice. */
    @Column(name = "event_seq")
    public Long eventSeq;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "read_at")
    public Instant readAt;
}
