package org.gridx.core.fieldwork.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import io.quarkus.arc.Arc;
import org.gridx.core.tenancy.service.TenantZone;
import java.time.format.DateTimeFormatter;

/** {@code {v.visitedAt.fieldTime}}: a moment as a worker reads it on a phone, in the tenant's time zone. */
@TemplateExtension
public final class FieldTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private FieldTimes() {
    }

    static String fieldTime(Instant at) {
        return at == null ? "" : FORMAT.withZone(Arc.container().instance(TenantZone.class).get().current()).format(at);
    }
}
