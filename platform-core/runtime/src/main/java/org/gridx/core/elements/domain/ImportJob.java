package org.gridx.core.elements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridx.api.tenant.TenantOwnedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An uploaded element file: previewed (every row checked), then committed once. The file is kept
 * encrypted (it holds clear ID numbers) so the commit and any retry read exactly what was previewed.
 */
@Entity
@Table(name = "element_import_job")
public class ImportJob extends TenantOwnedEntity {

    public String kind;
    public String format;
    @Column(name = "file_name")
    public String fileName;
    public byte[] content;
    public String status;
    public String mode;
    @Column(name = "total_rows")
    public int totalRows;
    @Column(name = "error_rows")
    public int errorRows;
    @Column(name = "processed_rows")
    public int processedRows;
    @Column(name = "imported_rows")
    public int importedRows;
    @JdbcTypeCode(SqlTypes.JSON)
    public String errors = "[]";
    public String failure;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
