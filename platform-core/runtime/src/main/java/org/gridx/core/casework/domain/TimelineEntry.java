package org.gridx.core.casework.domain;

import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a case's record, chained to the previous one by {@code prevHash}. Written once, never changed. */
@Entity
@Immutable
@Table(name = "case_timeline")
public class TimelineEntry extends TenantOwnedEntity {

    @Column(name = "case_id")
    public UUID caseId;
    public int seq;
    public Instant at;
    @Column(name = "from_state")
    public String fromState;
    public String action;
    @Column(name = "to_state")
    public String toState;
    public String actor;
    @Column(name = "actor_role")
    public String actorRole;
    public String note;
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;

    public static List<TimelineEntry> of(UUID caseId) {
        return list("caseId", Sort.by("seq"), caseId);
    }
}
