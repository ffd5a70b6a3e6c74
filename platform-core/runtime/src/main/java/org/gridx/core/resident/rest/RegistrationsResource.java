package org.gridx.core.resident.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.tenant.TenantContext;
import org.gridx.core.identity.rest.ClientAddress;
import org.gridx.core.resident.service.RegistrationInput;
import org.gridx.core.resident.service.RegistrationThrottle;
import org.gridx.core.resident.service.Registrations;
import org.gridx.core.resident.service.ResidentContact;
import org.gridx.core.resident.service.Verifications;

/**
 * Resident registrations: anyone may register (throttled per address); the grid's informant or specialist
 * lists those in their grids and verifies or rejects them; the tenant administrator sees all.
 */
@Path("/api/t/{tenant}/registrations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.TENANT_ADMIN})
public class RegistrationsResource {

    @Inject
    Registrations registrations;
    @Inject
    Verifications verifications;
    @Inject
    RegistrationThrottle throttle;
    @Inject
    TenantContext tenant;
    @Inject
    ResidentContact contact;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid RegistrationInput in, @Context HttpServerRequest request) {
        throttle.attempt(tenant.require(), ClientAddress.of(request));
        return Response.status(201).entity(contact.view(registrations.register(in))).build();
    }

    @GET
    public List<RegistrationView> queue(@QueryParam("state") @Size(max = 12) String state) {
        return verifications.queue(state).stream().map(contact::view).toList();
    }

    @GET
    @Path("{id}")
    public RegistrationView one(@PathParam("id") UUID id) {
        return contact.view(verifications.visible(id));
    }

    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionInput in) {
        return contact.view(verifications.decide(id, in.decision(), in.reason()));
    }
}
