package org.gridx.core.staffing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** A post (岗位) on a grid node: the A holder does the work, the B backup acts while A is away (AB岗). */
@Entity
@Table(name = "staff_post")
public class StaffPost extends TenantOwnedEntity {

    @Column(name = "node_id")
    public UUID nodeId;
    public String role;
    @Column(name = "holder_a_id")
    public UUID holderAId;
    @Column(name = "holder_b_id")
    public UUID holderBId;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public static List<StaffPost> at(UUID nodeId, String role) {
        return list("nodeId = ?1 and role = ?2 order by createdAt, id", nodeId, role);
    }
}
