package org.gridx.core.resident.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/**
 * 居民注册: a resident account and the household place (unit or house) it says it lives at. The grid's
 * informant or specialist verifies it (or rejects it with a reason); until then the resident may read and
 * comment in modules but not vote, stand or sign.
 */
@Entity
@Table(name = "resident_registration")
public class ResidentRegistration extends TenantOwnedEntity {

    public static final String PENDING = "pending";
    public static final String VERIFIED = "verified";
    public static final String REJECTED = "rejected";

    @Column(name = "account_id")
    public UUID accountId;
    public String username;
    @Column(name = "display_name")
    public String displayName;
    /** Sealed (see ResidentContact): personal data is never stored in clear. */
    @Column(name = "phone_enc")
    public byte[] phoneEnc;
    @Column(name = "email_enc")
    public byte[] emailEnc;
    @Column(name = "place_id")
    public UUID placeId;
    /** The place's grid, copied when the place is chosen so the grid's queue is one indexed read. */
    @Column(name = "grid_node_id")
    public UUID gridNodeId;
    public String state = PENDING;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    public String reason;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public boolean verified() {
        return VERIFIED.equals(state);
    }

    public static Optional<ResidentRegistration> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
