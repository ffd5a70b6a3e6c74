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
import org.gridx.core.resident.service.ResidentContact;

/** A resident's own registration: read it, change name and contact, or move (which asks the grid again). */
@Path("/api/t/{tenant}/profile")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.RESIDENT)
public class ProfileResource {

    @Inject
    Registrations registrations;
    @Inject
    SecurityIdentity identity;
    @Inject
    ResidentContact contact;

    @GET
    public RegistrationView mine() {
        return contact.view(registrations.mine(identity.getPrincipal().getName()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationView update(@NotNull @Valid ProfileInput in) {
        return contact.view(registrations.update(identity.getPrincipal().getName(), in));
    }
}
