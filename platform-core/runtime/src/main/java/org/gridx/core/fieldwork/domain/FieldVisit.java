package org.gridx.core.fieldwork.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/** 入户走访: a grid worker's visit to a household, recorded from a phone. */
@Entity
@Table(name = "field_visit")
public class FieldVisit extends TenantOwnedEntity {

    @Column(name = "node_id")
    public UUID nodeId;
    @Column(name = "recorded_by")
    public UUID recordedBy;
    @Column(name = "household_id")
    public UUID householdId;
    public String address;
    @Column(name = "visited_at")
    public Instant visitedAt;
    public String asked;
    public String found;
    @Column(name = "follow_up")
    public boolean followUp;
    public Double latitude;
    public Double longitude;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    @Column(name = "request_hash")
    public String requestHash;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
