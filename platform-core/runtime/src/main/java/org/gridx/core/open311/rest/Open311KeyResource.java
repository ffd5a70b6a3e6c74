package org.gridx.core.open311.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.open311.service.Open311Keys;

/** The tenant administrator's Open311 keys: issue (the key is in this one answer only), list, revoke. */
@Path("/api/t/{tenant}/open311/keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class Open311KeyResource {

    @Inject
    Open311Keys keys;
    @Inject
    SecurityIdentity identity;

    @POST
    public Response issue(@Valid @NotNull KeyInput in) {
        return Response.status(201).entity(keys.issue(in.name(), identity.getPrincipal().getName())).build();
    }

    @GET
    public List<Open311Keys.KeyView> list() {
        return keys.list();
    }

    @DELETE
    @Path("{id}")
    public Open311Keys.KeyView revoke(@PathParam("id") UUID id) {
        return keys.revoke(id);
    }
}
