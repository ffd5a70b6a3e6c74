package org.gridx.api.tenant;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.hibernate.annotations.TenantId;
import org.hibernate.annotations.UuidGenerator;

/**
 * Base of every tenant-owned entity, core or module: {@code tenant_id} is filled and filtered by Hibernate
 * from the current tenant (wall 1) and checked by row-level security (wall 2). Tables key on
 * {@code (tenant_id, id)}; ids are time-ordered UUIDs, unique on their own, so Hibernate needs only {@code id}.
 */
@MappedSuperclass
public abstract class TenantOwnedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false)
    public String tenantId;
}
