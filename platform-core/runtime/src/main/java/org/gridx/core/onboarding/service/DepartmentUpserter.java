package org.gridx.core.onboarding.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridx.core.onboarding.definition.TenantDefinition.DepartmentSpec;
import org.gridx.core.organisation.domain.Department;

/** Functional departments, matched by code. */
final class DepartmentUpserter {

    private DepartmentUpserter() {
    }

    static void upsert(List<DepartmentSpec> specs, Tally tally) {
        Map<String, Department> existing = new HashMap<>();
        Department.<Department>listAll().forEach(d -> existing.put(d.code, d));
        for (DepartmentSpec spec : specs) {
            Department d = existing.remove(spec.code());
            boolean isNew = d == null;
            if (isNew) {
                d = new Department();
                d.code = spec.code();
            }
            FieldDiff diff = new FieldDiff();
            d.nameZh = diff.apply(d.nameZh, spec.name().zh());
            d.nameEn = diff.apply(d.nameEn, spec.name().enOrZh());
            d.kind = diff.apply(d.kind, spec.kind());
            if (isNew) {
                d.persist();
            } else if (diff.changed()) {
                d.updatedAt = Instant.now();
            }
            tally.count(isNew, diff.changed());
        }
        tally.absent(existing.keySet());
    }
}
