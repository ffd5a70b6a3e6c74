package org.gridx.core.modules.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.api.module.ModuleAccess;
import org.gridx.api.problem.ProblemException;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.modules.service.ModuleRegistry;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A module the tenant has not enabled does not exist for that tenant: its API and pages answer 404, the
 * same as any unknown address, and its data stays. Runs after the request is admitted to its tenant
 * (priority 100), so it asks about the right tenant.
 */
public class DisabledModuleGate {

    private static final Pattern MODULE_PATH = Pattern.compile("^/(?:api/)?t/([^/]+)/([^/]+)(?:/.*)?$");

    @Inject
    ModuleRegistry registry;
    @Inject
    ModuleAccess access;
    @Inject
    TenantContext tenant;

    @ServerRequestFilter(priority = 200)
    public void gate(ContainerRequestContext request) {
        Matcher m = MODULE_PATH.matcher(request.getUriInfo().getPath());
        if (!m.matches() || registry.find(m.group(2)).isEmpty()) {
            return;
        }
        String module = m.group(2);
        if (!access.isEnabled(tenant.require(), module)) {
            throw ProblemException.notFound("Module '" + module + "' is not enabled for this tenant. "
                    + "A tenant administrator can enable it under Modules.");
        }
    }
}
