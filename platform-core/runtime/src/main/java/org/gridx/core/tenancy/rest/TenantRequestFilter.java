package org.gridx.core.tenancy.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gridx.api.identity.TokenClaims;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.tenancy.service.RequestTenant;
import org.gridx.core.tenancy.service.TenantDirectory;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Admits a request to a tenant: {@code /api/t/{tenant}/…} and {@code /t/{tenant}/…} name an active tenant,
 * and a signed-in caller's token was issued for that same tenant. Anything else is 404, so a token of one
 * tenant cannot even learn what another tenant's URLs hold.
 */
public class TenantRequestFilter {

    private static final Pattern TENANT_PATH = Pattern.compile("^/(?:api/)?t/([^/]+)(?:/.*)?$");

    @Inject
    SecurityIdentity identity;
    @Inject
    RequestTenant requestTenant;
    @Inject
    TenantDirectory directory;

    @ServerRequestFilter(priority = 100)
    public void admit(ContainerRequestContext request) {
        Matcher m = TENANT_PATH.matcher(request.getUriInfo().getPath());
        if (!m.matches()) {
            return;
        }
        String code = m.group(1);
        if (!identity.isAnonymous() && !code.equals(tokenTenant())) {
            throw unknown(code);
        }
        if (!directory.isActive(code)) {
            throw unknown(code);
        }
        requestTenant.admit(code);
    }

    private String tokenTenant() {
        return identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(TokenClaims.TENANT) : null;
    }

    private static ProblemException unknown(String code) {
        return ProblemException.notFound("There is no tenant '" + code + "' here, or it is not yours. "
                + "Check the tenant code in the address and sign in to that tenant.");
    }
}
