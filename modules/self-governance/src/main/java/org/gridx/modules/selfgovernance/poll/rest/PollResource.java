package org.gridx.modules.selfgovernance.poll.rest;

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
import org.gridx.modules.selfgovernance.people.Caller;
import org.gridx.modules.selfgovernance.poll.domain.Poll;
import org.gridx.modules.selfgovernance.poll.service.PollViews;
import org.gridx.modules.selfgovernance.poll.service.PollVoting;
import org.gridx.modules.selfgovernance.poll.service.Polls;

/** Polls: staff set them up and may close them early; verified residents vote once; results after closing. */
@Path("/api/t/{tenant}/self-governance/polls")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
public class PollResource {

    @Inject
    Polls polls;
    @Inject
    PollVoting voting;
    @Inject
    PollViews views;
    @Inject
    Caller caller;

    @GET
    public List<PollView> list() {
        return Poll.<Poll>list("order by closesAt desc, id").stream().map(p -> views.of(p, caller.username())).toList();
    }

    @GET
    @Path("{id}")
    public PollView get(@PathParam("id") UUID id) {
        return views.of(polls.find(id), caller.username());
    }

    @POST
    @RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
    public Response create(@Valid @NotNull(message = "send the poll as JSON") PollInput in) {
        return Response.status(201).entity(views.of(polls.create(in, caller.username()), caller.username())).build();
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
    public PollView close(@PathParam("id") UUID id) {
        return views.of(polls.close(id, caller.username()), caller.username());
    }

    @POST
    @Path("{id}/ballots")
    public Response vote(@PathParam("id") UUID id, @Valid @NotNull(message = "send the ballot as JSON") BallotInput in) {
        voting.cast(id, caller.username(), in.optionIds());
        return Response.status(201).entity(views.of(polls.find(id), caller.username())).build();
    }
}
