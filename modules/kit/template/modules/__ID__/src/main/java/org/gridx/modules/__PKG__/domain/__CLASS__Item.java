package org.gridx.modules.__PKG__.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One item of one tenant; tenant_id comes from the base class, so both tenancy walls apply. */
@Entity
@Table(name = "__TABLE__item")
public class __CLASS__Item extends TenantOwnedEntity {

    public String title;
    public String note;
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt = Instant.now();
}
