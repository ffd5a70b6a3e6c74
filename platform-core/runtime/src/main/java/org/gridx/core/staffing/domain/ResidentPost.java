package org.gridx.core.staffing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/**
 * A resident post of a grid: 楼栋长 building head (one per building place) or 居民小组长 resident-group leader
 * (one per grid). Held by one resident, chosen by election (the basis), with no AB backup.
 */
@Entity
@Table(name = "resident_post")
public class ResidentPost extends TenantOwnedEntity {

    public static final String BUILDING_HEAD = "building-head";
    public static final String GROUP_LEADER = "resident-group-leader";
    public static final List<String> POSTS = List.of(BUILDING_HEAD, GROUP_LEADER);

    public String post;
    @Column(name = "grid_node_id")
    public UUID gridNodeId;
    @Column(name = "place_id")
    public UUID placeId;
    @Column(name = "holder_id")
    public UUID holderId;
    public String basis;
    public Instant since;

    public static Optional<ResidentPost> of(String post, UUID gridNodeId, UUID placeId) {
        return BUILDING_HEAD.equals(post)
                ? find("post = ?1 and placeId = ?2", post, placeId).firstResultOptional()
                : find("post = ?1 and gridNodeId = ?2", post, gridNodeId).firstResultOptional();
    }

    public static List<ResidentPost> onGrids(java.util.Collection<UUID> gridNodeIds) {
        return list("gridNodeId in ?1 order by post, since", gridNodeIds);
    }
}
