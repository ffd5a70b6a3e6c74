package org.gridx.core.modules.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Whether one tenant has one module on, and with which settings. Disabling keeps the row (and the data). */
@Entity
@Table(name = "tenant_module")
public class TenantModule extends TenantOwnedEntity {

    @Column(name = "module_id")
    public String moduleId;
    public boolean enabled;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> settings = new HashMap<>();
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<TenantModule> findByModule(String moduleId) {
        return find("moduleId", moduleId).firstResultOptional();
    }

    /**
     * The row locked FOR SHARE (enabling a dependent) or FOR UPDATE (disabling): enabling B while A is being
     * disabled then serialises on A's row, so "B on, A off" can never both commit.
     */
    public static Optional<TenantModule> findLocked(String moduleId, LockModeType lock) {
        return find("moduleId", moduleId).withLock(lock).firstResultOptional();
    }
}
