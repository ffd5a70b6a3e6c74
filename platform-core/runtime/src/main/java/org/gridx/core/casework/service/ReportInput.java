package org.gridx.core.casework.service;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A report (采集上报): a problem by its disposal-list item, or a resident's service request by its
 * convenience-list duty; placed by a point (the grid is found from it) or by a grid code.
 */
public record ReportInput(
        @Pattern(regexp = "problem|service", message = "problem (disposal list) or service (convenience list)") String kind,
        @Pattern(regexp = "grid-worker|resident|video|hotline|patrol|appeal|open311",
                message = "one of grid-worker, resident, video, hotline, patrol, appeal, open311") String source,
        @Pattern(regexp = "[0-9]{5}|L[0-9A-Z-]{1,15}", message = "a list item code such as 06003") String itemCode,
        UUID dutyItemId,
        @Pattern(regexp = "[0-9]{15}|[0-9]{9}|[0-9]{12}", message = "a grid code of 9, 12 or 15 digits") String gridCode,
        @DecimalMin(value = "-180", message = "longitude from -180 to 180") @DecimalMax(value = "180", message = "longitude from -180 to 180") BigDecimal lon,
        @DecimalMin(value = "-90", message = "latitude from -90 to 90") @DecimalMax(value = "90", message = "latitude from -90 to 90") BigDecimal lat,
        @Size(max = 200, message = "at most 200 characters") String address,
        @NotBlank(message = "describe what you found, e.g. 北大社区对面新搭违建") @Size(max = 2000, message = "at most 2000 characters") String description,
        @Size(max = 9, message = "at most 9 photos per report") List<UUID> photos,
        @Size(max = 100, message = "at most 100 characters") String reporterName,
        @Size(max = 100, message = "at most 100 characters") String reporterContact) {

    public boolean isService() {
        return "service".equals(kind);
    }

    public ReportInput withSource(String s) {
        return new ReportInput(kind, s, itemCode, dutyItemId, gridCode, lon, lat, address, description, photos,
                reporterName, reporterContact);
    }
}
