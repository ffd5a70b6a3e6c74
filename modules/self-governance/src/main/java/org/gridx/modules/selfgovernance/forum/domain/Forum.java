package org.gridx.modules.selfgovernance.forum.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.gridx.api.tenant.TenantOwnedEntity;

/** The forum of one community (12-digit node code) or one grid (15-digit node code). */
@Entity
@Table(name = "self_governance_forum")
public class Forum extends TenantOwnedEntity {

    @Column(name = "node_code")
    public String nodeCode;
    public String title;
    public String description;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    public boolean isGridForum() {
        return nodeCode.length() == 15;
    }

    /** The community this forum belongs to: itself for a community forum, the grid's parent otherwise. */
    public String communityCode() {
        return nodeCode.substring(0, 12);
    }

    public static Optional<Forum> byNode(String nodeCode) {
        return find("nodeCode", nodeCode).firstResultOptional();
    }
}
