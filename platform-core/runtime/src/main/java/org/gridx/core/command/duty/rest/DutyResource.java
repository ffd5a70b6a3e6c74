package org.gridx.core.command.duty.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.gridx.core.command.duty.service.DutyDays;
import org.gridx.core.command.duty.service.DutyInput;
import org.gridx.core.command.duty.service.DutyView;
import org.gridx.core.command.duty.service.Roster;

/**
 * {@code /api/t/{tenant}/command/duty}: the on-duty roster (值班表). Staff read a day's entries
 * ({@code ?date=YYYY-MM-DD}, today in the tenant's zone if omitted); the centre and administrators keep it.
 */
@Path("/api/t/{tenant}/command/duty")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER})
public class DutyResource {

    @Inject
    Roster roster;
    @Inject
    DutyDays days;

    @GET
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
            Role.Names.INSTRUCTOR, Role.Names.SPECIALIST})
    public List<DutyView> day(@QueryParam("date") String date) {
        return roster.on(days.parse(date));
    }

    @POST
    public Response add(DutyInput in) {
        return Response.status(201).entity(roster.add(in)).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") UUID id) {
        roster.remove(id);
        return Response.noContent().build();
    }
}
