package org.gridx.core.elements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A household (户): its number, address, grid and head. */
@Entity
@Table(name = "household")
public class Household extends TenantOwnedEntity {

    public String code;
    @Column(name = "grid_node_id")
    public UUID gridNodeId;
    public String address;
    @Column(name = "head_id")
    public UUID headId;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public static Optional<Household> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
