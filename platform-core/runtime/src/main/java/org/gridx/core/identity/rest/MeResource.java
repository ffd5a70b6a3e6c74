package org.gridx.core.identity.rest;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridx.core.identity.service.SignedIn;

/** Any signed-in account of the tenant may read its own profile. */
@Path("/api/t/{tenant}/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class MeResource {

    @Inject
    SignedIn signedIn;

    @GET
    public MeResponse me() {
        return MeResponse.of(signedIn.account());
    }
}
