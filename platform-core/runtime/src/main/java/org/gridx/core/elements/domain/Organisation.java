package org.gridx.core.elements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** An organisation (组织): enterprise, shop, social organisation or party organisation. */
@Entity
@Table(name = "organisation")
public class Organisation extends TenantOwnedEntity {

    @Column(name = "grid_node_id")
    public UUID gridNodeId;
    public String name;
    public String kind;
    @Column(name = "credit_code")
    public String creditCode;
    public String address;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
}
