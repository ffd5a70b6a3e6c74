package org.gridx.core.lists.domain;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One checklist item as found on a round: ok or a problem, when and where. */
@Entity
@Table(name = "patrol_check")
public class PatrolCheck extends TenantOwnedEntity {

    public static final String OK = "ok";
    public static final String PROBLEM = "problem";

    @Column(name = "round_id")
    public UUID roundId;
    @Column(name = "item_id")
    public UUID itemId;
    public String result;
    @Column(name = "checked_at")
    public Instant checkedAt;
    public Double lon;
    public Double lat;
    public String note;

    public static List<PatrolCheck> ofRound(UUID roundId) {
        return list("roundId", Sort.by("checkedAt", "id"), roundId);
    }
}
