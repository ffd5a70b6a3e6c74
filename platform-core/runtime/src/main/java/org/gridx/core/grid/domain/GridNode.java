package org.gridx.core.grid.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/**
 * A node of the tenant's grid tree: the street (level 1), a community (2) or a grid (3); a banner tenant
 * has a level-0 root. The code is the GB/T 30428.1-style grid code.
 */
@Entity
@Table(name = "grid_node")
public class GridNode extends TenantOwnedEntity {

    public String code;
    @Column(name = "parent_id")
    public UUID parentId;
    public short level;
    @Column(name = "name_zh")
    public String nameZh;
    @Column(name = "name_en")
    public String nameEn;
    public String kind;
    public Integer households;
    /** GeoJSON Polygon/MultiPolygon in WGS84; null until the boundary is drawn or imported. */
    public String boundary;
    /** Set when a split, merge or retire takes the node out of the live tree; the row stays for history. */
    @Column(name = "retired_at")
    public Instant retiredAt;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public static Optional<GridNode> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static Optional<GridNode> findLive(String code) {
        return find("code = ?1 and retiredAt is null", code).firstResultOptional();
    }

    public static java.util.List<GridNode> live() {
        return list("retiredAt is null order by code");
    }

    public boolean isLive() {
        return retiredAt == null;
    }
}
