package org.gridx.core.elements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One reveal of clear personal data: who, whose, which field, why, when. Written, never changed. */
@Entity
@Table(name = "element_reveal")
public class RevealRecord extends TenantOwnedEntity {

    public String actor;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "actor_roles", columnDefinition = "text[]")
    public List<String> actorRoles;
    @Column(name = "resident_id")
    public UUID residentId;
    public String field;
    public String reason;
    public String detail;
    @Column(name = "revealed_at")
    public Instant revealedAt = Instant.now();
}
