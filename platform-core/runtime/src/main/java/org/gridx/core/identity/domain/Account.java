package org.gridx.core.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who signs in to one tenant: staff of any role, or a resident. */
@Entity
@Table(name = "account")
public class Account extends TenantOwnedEntity {

    public String username;
    @Column(name = "display_name")
    public String displayName;
    @Column(name = "password_hash")
    public String passwordHash;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> roles = new ArrayList<>();
    /** Codes of the grid nodes this account answers for; empty for tenant-wide roles. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "grid_scope", columnDefinition = "text[]")
    public List<String> gridScope = new ArrayList<>();
    @Column(name = "department_code")
    public String departmentCode;
    public String locale;
    public String status = "active";
    @Column(name = "failed_logins")
    public int failedLogins;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public boolean isActive() {
        return "active".equals(status);
    }
}
