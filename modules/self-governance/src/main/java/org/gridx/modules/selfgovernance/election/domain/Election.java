package org.gridx.modules.selfgovernance.election.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/**
 * Election of a building head (楼栋长) or resident-group leader (居民小组长). Nominations before
 * {@link #opensAt}, votes until {@link #closesAt}, then the count: the winner takes the post.
 */
@Entity
@Table(name = "self_governance_election")
public class Election extends TenantOwnedEntity {

    public static final String BUILDING_HEAD = "building-head";
    public static final String GROUP_LEADER = "resident-group-leader";

    public String post;
    public String title;
    @Column(name = "grid_code")
    public String gridCode;
    @Column(name = "place_id")
    public UUID placeId;
    /** "household" or "resident": who gets one ballot, fixed when the election was called. */
    @Column(name = "ballot_basis")
    public String ballotBasis;
    public int electorate;
    @Column(name = "opens_at")
    public Instant opensAt;
    @Column(name = "closes_at")
    public Instant closesAt;
    public String organiser;
    public String winner;
    public Integer ballots;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public String phaseAt(Instant t) {
        if (decidedAt != null) {
            return "decided";
        }
        return t.isBefore(opensAt) ? "nominating" : t.isBefore(closesAt) ? "voting" : "closed";
    }
}
