package org.gridx.modules.selfgovernance.meeting.rest;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INFORMANT;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
import static org.gridx.api.identity.Role.Names.RESIDENT;
import static org.gridx.api.identity.Role.Names.SPECIALIST;
import static org.gridx.api.identity.Role.Names.SUPERVISOR;
import static org.gridx.api.identity.Role.Names.TENANT_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.modules.selfgovernance.meeting.domain.Meeting;
import org.gridx.modules.selfgovernance.meeting.service.MeetingPlanning;
import org.gridx.modules.selfgovernance.meeting.service.MeetingViews;
import org.gridx.modules.selfgovernance.people.Caller;

/** Meetings of the three kinds: staff convene them; residents and staff read them. */
@Path("/api/t/{tenant}/self-governance/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource {

    @Inject
    MeetingPlanning planning;
    @Inject
    MeetingViews views;
    @Inject
    Caller caller;

    @GET
    @RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
    public List<MeetingSummary> list() {
        return Meeting.<Meeting>list("order by startsAt desc, id").stream().map(MeetingSummary::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
    public MeetingView get(@PathParam("id") UUID id) {
        return views.of(id, caller.username());
    }

    @POST
    @RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
    public Response convene(@Valid @NotNull(message = "send the meeting as JSON") MeetingInput input) {
        Meeting m = planning.convene(input, caller.username());
        return Response.status(201).entity(views.of(m.id, caller.username())).build();
    }
}
