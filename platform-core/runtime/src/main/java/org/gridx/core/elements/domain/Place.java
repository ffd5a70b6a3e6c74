package org.gridx.core.elements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A place (地) in the typed tree compound → building → unit → house. */
@Entity
@Table(name = "place")
public class Place extends TenantOwnedEntity {

    @Column(name = "grid_node_id")
    public UUID gridNodeId;
    @Column(name = "parent_id")
    public UUID parentId;
    public String kind;
    public String name;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
}
