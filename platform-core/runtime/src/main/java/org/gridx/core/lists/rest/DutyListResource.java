package org.gridx.core.lists.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.lists.service.DutyInput;
import org.gridx.core.lists.service.DutyLists;

/** The three responsibility lists: staff read their duties by role and level; tenant admins keep them. */
@Path("/api/t/{tenant}/lists/duties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class DutyListResource {

    @Inject
    DutyLists duties;

    @GET
    public List<DutyInput.View> find(
            @QueryParam("list") @Pattern(regexp = "party-building|governance|convenience", message = "use party-building, governance or convenience") String list,
            @QueryParam("role") @Pattern(regexp = "[a-z-]{1,32}", message = "a role code such as grid-chief") String role,
            @QueryParam("level") @Min(0) @Max(3) Integer level) {
        return duties.find(list, role, level);
    }

    @POST
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Response add(@Valid @NotNull DutyInput duty) {
        return Response.status(201).entity(duties.add(duty)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public void remove(@PathParam("id") UUID id) {
        duties.remove(id);
    }
}
