package org.gridx.core.identity.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.core.identity.domain.Account;

/** The tenant's accounts, for its administrator only (others get 403). */
@Path("/api/t/{tenant}/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class AccountsResource {

    @GET
    public List<MeResponse> list() {
        return Account.<Account>list("order by username").stream().map(MeResponse::of).toList();
    }
}
