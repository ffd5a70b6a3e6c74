package org.gridx.core.fieldwork.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * {@code {v.visitedAt.fieldTime}}: a moment as a worker reads it on a phone. The demo and every current
 * tenant are in China (Asia/Shanghai); pages of tenants elsewhere would pass the tenant's zone.
 */
@TemplateExtension
public final class FieldTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private FieldTimes() {
    }

    static String fieldTime(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }
}
