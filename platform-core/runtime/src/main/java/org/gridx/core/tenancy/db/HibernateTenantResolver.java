package org.gridx.core.tenancy.db;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.gridx.api.tenant.TenantContext;

/**
 * Wall 1: Hibernate's discriminator reads the tenant from here. Outside any tenant it answers a code no
 * tenant can have, so tenant-owned entities match nothing rather than everything.
 */
@PersistenceUnitExtension
@RequestScoped
public class HibernateTenantResolver implements TenantResolver {

    /** Not a valid tenant code (codes start with a letter), so it can never match a row. */
    public static final String NO_TENANT = "-";

    @Inject
    TenantContext tenantContext;

    @Override
    public String getDefaultTenantId() {
        return NO_TENANT;
    }

    @Override
    public String resolveTenantId() {
        return tenantContext.current().orElse(NO_TENANT);
    }
}
