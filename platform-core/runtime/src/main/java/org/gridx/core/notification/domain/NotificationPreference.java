package org.gridx.core.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** How one account takes its notifications: {@code immediate} (also when there is no row) or {@code daily}. */
@Entity
@Table(name = "notification_preference")
public class NotificationPreference extends TenantOwnedEntity {

    public static final String IMMEDIATE = "immediate";
    public static final String DAILY = "daily";

    @Column(name = "account_id")
    public UUID accountId;
    public String delivery;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<NotificationPreference> of(UUID accountId) {
        return find("accountId", accountId).firstResultOptional();
    }
}
