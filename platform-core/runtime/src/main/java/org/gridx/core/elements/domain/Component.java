package org.gridx.core.elements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A component (部件, 物): a manhole cover, street lamp… with its catalogue code and 16-digit object code. */
@Entity
@Table(name = "component")
public class Component extends TenantOwnedEntity {

    @Column(name = "grid_node_id")
    public UUID gridNodeId;
    @Column(name = "catalogue_code")
    public String catalogueCode;
    @Column(name = "object_code")
    public String objectCode;
    public BigDecimal lon;
    public BigDecimal lat;
    public String status;
    @Column(name = "owner_department")
    public String ownerDepartment;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
}
