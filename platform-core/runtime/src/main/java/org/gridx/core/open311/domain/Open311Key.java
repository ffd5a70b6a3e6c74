package org.gridx.core.open311.domain;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;

/** An Open311 client's API key: only its SHA-256 is stored; the key itself was shown once, at creation. */
@Entity
@Table(name = "open311_api_key")
public class Open311Key extends TenantOwnedEntity {

    public String name;
    @Column(name = "key_hash")
    public String keyHash;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "revoked_at")
    public Instant revokedAt;
    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public boolean isActive() {
        return revokedAt == null;
    }

    /** The reporter a case created with this key records: one name per key, never reused. */
    public String reporter() {
        return "open311:" + name;
    }

    public static Optional<Open311Key> byHash(String hash) {
        return find("keyHash", hash).firstResultOptional();
    }

    public static boolean nameTaken(String name) {
        return count("name", name) > 0;
    }

    public static List<Open311Key> all() {
        return listAll(Sort.by("createdAt"));
    }
}
