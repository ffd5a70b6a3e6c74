package org.gridx.core.onboarding.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.grid.domain.GridNode;
import org.gridx.core.identity.domain.Account;
import org.gridx.core.modules.domain.TenantModule;
import org.gridx.core.organisation.domain.Department;
import org.gridx.core.tenancy.domain.Tenant;

/**
 * What operators see of tenants: the global directory, and per tenant how much was onboarded. Counting a
 * tenant's rows runs as that tenant, since there is no cross-tenant read in application code.
 */
@ApplicationScoped
public class TenantSummaries {

    public record Summary(String code, Map<String, String> name, String kind, String divisionCode, String locale,
            String timeZone, String status, String parent, Instant createdAt, Instant updatedAt) {
    }

    public record Detail(Summary tenant, Map<String, Long> gridNodesByLevel, long departments, long accounts,
            List<String> enabledModules) {
    }

    @Inject
    TenantContext tenants;

    public List<Summary> all() {
        return Tenant.<Tenant>listAll(Sort.by("code")).stream().map(TenantSummaries::summary).toList();
    }

    public Optional<Detail> find(String code) {
        Tenant t = Tenant.findById(code);
        if (t == null) {
            return Optional.empty();
        }
        return Optional.of(tenants.callAs(code, () -> new Detail(summary(t), Map.of(
                "street", GridNode.count("level", (short) 1),
                "community", GridNode.count("level", (short) 2),
                "grid", GridNode.count("level", (short) 3)),
                Department.count(), Account.count(),
                TenantModule.<TenantModule>list("enabled = true order by moduleId").stream().map(m -> m.moduleId).toList())));
    }

    private static Summary summary(Tenant t) {
        return new Summary(t.code, Map.of("zh", t.nameZh, "en", t.nameEn), t.kind, t.divisionCode, t.locale,
                t.timeZone, t.status, t.parentCode, t.createdAt, t.updatedAt);
    }
}
