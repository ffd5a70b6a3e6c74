package org.gridx.core.elements.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.gridx.core.elements.domain.ImportJob;

/** An import job as the API shows it; {@code preview} (masked) only right after upload. */
public record JobView(UUID id, String kind, String format, String fileName, String status, String mode, int totalRows,
        int validRows, int errorRows, int processedRows, int importedRows, List<RowError> errors,
        List<ResidentView> preview, String failure, String createdBy, Instant createdAt, Instant finishedAt) {

    public static JobView of(ImportJob j, List<RowError> errors, List<ResidentView> preview, int validRows) {
        return new JobView(j.id, j.kind, j.format, j.fileName, j.status, j.mode, j.totalRows, validRows, j.errorRows,
                j.processedRows, j.importedRows, errors, preview, j.failure, j.createdBy, j.createdAt, j.finishedAt);
    }
}
