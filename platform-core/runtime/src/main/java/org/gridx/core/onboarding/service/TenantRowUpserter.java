package org.gridx.core.onboarding.service;

import java.time.Instant;
import org.gridx.core.onboarding.definition.TenantDefinition.TenantSpec;
import org.gridx.core.tenancy.domain.Tenant;

/**
 * The tenant's own row in the global directory. An absent status leaves the current one (an operator's
 * suspension survives a re-import); absent locale and time zone mean the platform defaults.
 */
final class TenantRowUpserter {

    static final String DEFAULT_LOCALE = "zh-CN";
    static final String DEFAULT_TIME_ZONE = "Asia/Shanghai";

    private TenantRowUpserter() {
    }

    static Tally.Outcome upsert(Tenant existing, TenantSpec spec, Tally tally) {
        boolean isNew = existing == null;
        Tenant t = isNew ? new Tenant() : existing;
        FieldDiff diff = new FieldDiff();
        t.code = spec.code();
        t.nameZh = diff.apply(t.nameZh, spec.name().zh());
        t.nameEn = diff.apply(t.nameEn, spec.name().enOrZh());
        t.kind = diff.apply(t.kind, spec.kind());
        t.divisionCode = diff.apply(t.divisionCode, spec.divisionCode());
        t.locale = diff.apply(t.locale, spec.locale() == null ? DEFAULT_LOCALE : spec.locale());
        t.timeZone = diff.apply(t.timeZone, spec.timeZone() == null ? DEFAULT_TIME_ZONE : spec.timeZone());
        t.parentCode = diff.apply(t.parentCode, spec.parent());
        t.status = diff.apply(t.status, spec.status() != null ? spec.status() : isNew ? "active" : t.status);
        if (isNew) {
            t.updatedAt = Instant.now();
            t.persist();
        } else if (diff.changed()) {
            t.updatedAt = Instant.now();
        }
        return tally.count(isNew, diff.changed());
    }
}
