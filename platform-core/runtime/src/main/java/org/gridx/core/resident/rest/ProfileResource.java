package org.gridx.core.resident.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.gridx.api.identity.Role;
import org.gridx.core.resident.service.ProfileInput;
import org.gridx.core.resident.service.Registrations;

/** A resident's own registration: read it, change name and contact, or move (which asks the grid again). */
@Path("/api/t/{tenant}/profile")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.RESIDENT)
public class ProfileResource {

    @Inject
    Registrations registrations;
    @Inject
    SecurityIdentity identity;

    @GET
    public RegistrationView mine() {
        return RegistrationView.of(registrations.mine(identity.getPrincipal().getName()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationView update(@NotNull @Valid ProfileInput in) {
        return RegistrationView.of(registrations.update(identity.getPrincipal().getName(), in));
    }
}
