package org.gridx.core.grid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One append-only entry of a node's history: who did what when, and the node before and after (JSON). */
@Entity
@Table(name = "grid_node_history")
public class GridNodeHistory extends TenantOwnedEntity {

    @Column(name = "node_id")
    public UUID nodeId;
    @Column(name = "operation_id")
    public UUID operationId;
    public String action;
    public String actor;
    public Instant at = Instant.now();
    public String note;
    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.Map<String, Object> before;
    @JdbcTypeCode(SqlTypes.JSON)
    public java.util.Map<String, Object> after;

    public static List<GridNodeHistory> of(UUID nodeId) {
        return list("nodeId = ?1 order by at, id", nodeId);
    }
}
