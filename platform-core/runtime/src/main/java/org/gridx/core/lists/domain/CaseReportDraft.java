package org.gridx.core.lists.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.gridx.api.tenant.TenantOwnedEntity;

/**
 * Hand-off to the case loop (issue 4): a case report prefilled from a failed patrol item. The loop takes
 * open drafts (status open → taken) and registers cases from them; this package never creates cases.
 */
@Entity
@Table(name = "case_report_draft")
public class CaseReportDraft extends TenantOwnedEntity {

    public String source = "patrol";
    @Column(name = "patrol_check_id")
    public UUID patrolCheckId;
    public String status = "open";
    @Column(name = "catalogue_kind")
    public String catalogueKind;
    @Column(name = "catalogue_code")
    public String catalogueCode;
    @Column(name = "grid_code")
    public String gridCode;
    public Double lon;
    public Double lat;
    public String description;
    public String reporter;
    @Column(name = "created_at")
    public Instant createdAt = Instant.now();
}
