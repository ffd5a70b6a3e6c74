package org.gridx.core.modules.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.tenancy.db.TransactionSql;

/**
 * The ids of the modules the current tenant has enabled, in the caller's transaction. Read for every page's
 * navigation and every outbox relay batch, so in plain SQL: a Hibernate query on a tenant-filtered entity is
 * translated again on every call.
 */
@ApplicationScoped
public class EnabledModules {

    @Inject
    TransactionSql sql;
    @Inject
    TenantContext tenants;

    public List<String> ids() {
        return sql.rows("SELECT module_id FROM tenant_module WHERE tenant_id = ? AND enabled", rs -> rs.getString(1),
                tenants.require());
    }
}
