package org.gridx.core.elements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person living in a grid (人). Identity-card number and phone exist only encrypted, indexed and masked. */
@Entity
@Table(name = "resident")
public class Resident extends TenantOwnedEntity {

    @Column(name = "grid_node_id")
    public UUID gridNodeId;
    @Column(name = "household_id")
    public UUID householdId;
    public String name;
    public String gender;
    @Column(name = "birth_year")
    public Short birthYear;
    @Column(name = "id_card_enc")
    public byte[] idCardEnc;
    @Column(name = "id_card_index")
    public byte[] idCardIndex;
    @Column(name = "id_card_masked")
    public String idCardMasked;
    @Column(name = "phone_enc")
    public byte[] phoneEnc;
    @Column(name = "phone_index")
    public byte[] phoneIndex;
    @Column(name = "phone_masked")
    public String phoneMasked;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();
    @Column(name = "import_job_id")
    public UUID importJobId;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();
}
