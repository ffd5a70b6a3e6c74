package org.gridx.core.lists.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A submitted patrol round of one informant in one grid, keyed by the phone's idempotency key. */
@Entity
@Table(name = "patrol_round")
public class PatrolRound extends TenantOwnedEntity {

    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "body_hash")
    public String bodyHash;
    public String informant;
    @Column(name = "grid_code")
    public String gridCode;
    @Column(name = "submitted_at")
    public Instant submittedAt = Instant.now();

    public static Optional<PatrolRound> byKey(String informant, String key) {
        return find("informant = ?1 and idempotencyKey = ?2", informant, key).firstResultOptional();
    }
}
