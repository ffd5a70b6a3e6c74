package org.gridx.core.tenancy.service;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gridx.api.tenant.TenantContext;

/**
 * The tenant of the current unit of work: the request's tenant (set by {@code TenantRequestFilter} from
 * the verified token and path), or the one named by {@link #callAs} for background and operator work.
 * {@code callAs} always opens its own transaction, so the connection it uses is taken, and stamped with
 * the tenant, inside it.
 */
@ApplicationScoped
public class CurrentTenant implements TenantContext {

    private static final ThreadLocal<String> UNIT_OF_WORK = new ThreadLocal<>();

    @Inject
    RequestTenant requestTenant;

    @Override
    public Optional<String> current() {
        String explicit = UNIT_OF_WORK.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        if (Arc.container() != null && Arc.container().requestContext().isActive()) {
            return Optional.ofNullable(requestTenant.code());
        }
        return Optional.empty();
    }

    @Override
    public <T> T callAs(String tenantId, Callable<T> work) {
        String previous = UNIT_OF_WORK.get();
        UNIT_OF_WORK.set(tenantId);
        var requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            return QuarkusTransaction.requiringNew().call(work);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
            if (previous == null) {
                UNIT_OF_WORK.remove();
            } else {
                UNIT_OF_WORK.set(previous);
            }
        }
    }
}
