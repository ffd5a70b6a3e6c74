package org.gridx.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A long-lived, single-use refresh token; only its SHA-256 is stored. */
@Entity
@Table(name = "refresh_token")
public class RefreshToken extends TenantOwnedEntity {

    @Column(name = "account_id")
    public UUID accountId;
    @Column(name = "token_hash")
    public String tokenHash;
    @Column(name = "expires_at")
    public Instant expiresAt;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
