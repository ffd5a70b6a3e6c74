package org.gridx.core.staffing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A period a person is away, [startsAt, endsAt): the other holder of each of their posts acts meanwhile. */
@Entity
@Table(name = "staff_absence")
public class StaffAbsence extends TenantOwnedEntity {

    @Column(name = "account_id")
    public UUID accountId;
    @Column(name = "starts_at")
    public Instant startsAt;
    @Column(name = "ends_at")
    public Instant endsAt;
    public String reason;

    public static boolean isAway(UUID accountId, Instant at) {
        return count("accountId = ?1 and startsAt <= ?2 and endsAt > ?2", accountId, at) > 0;
    }
}
