package org.gridx.core.open311.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridx.core.tenancy.service.RequestTenant;
import org.gridx.core.tenancy.service.TenantDirectory;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Admits a public Open311 request to the tenant its path names ({@code /open311/t/{tenant}/…}): the request
 * then runs as that tenant, so both walls (Hibernate's tenant filter and row-level security) hold exactly
 * as for a signed-in request. No token is read: Open311 reads are public and posts carry an api_key. An
 * unknown or suspended tenant is a 404 in Open311's own error format.
 */
public class Open311Admission {

    private static final Pattern PATH = Pattern.compile("^/open311/t/([^/]+)(?:/.*)?$");

    @Inject
    RequestTenant requestTenant;
    @Inject
    TenantDirectory directory;

    @ServerRequestFilter(priority = 100)
    public Response admit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return null;
        }
        String code = m.group(1);
        if (code.length() > 63 || !directory.isActive(code)) {
            return Open311Writer.errors(404, List.of("There is no tenant '" + code + "' here; check the tenant code in the "
                    + "address (its discovery document is at /open311/t/<tenant>/discovery.xml)."), Open311Format.ofPath(path));
        }
        requestTenant.admit(code);
        return null;
    }
}
