package org.gridx.core.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.service.ChainVerifier;

/** The tenant's whole record (台账) checked end to end: every case's chain, intact or where it breaks. */
@Path("/api/t/{tenant}/record/verify")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR})
public class RecordResource {

    @Inject
    ChainVerifier chain;

    @GET
    public ChainVerifier.TenantFinding verify() {
        return chain.verifyTenant();
    }
}
