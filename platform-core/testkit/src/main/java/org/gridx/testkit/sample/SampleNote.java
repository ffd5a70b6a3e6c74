package org.gridx.testkit.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridx.api.tenant.TenantOwnedEntity;

/** One note of one tenant; tenant_id comes from the base class (both tenancy walls apply). */
@Entity
@Table(name = "sample_notes_note")
public class SampleNote extends TenantOwnedEntity {

    public String title;
    public String body;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
