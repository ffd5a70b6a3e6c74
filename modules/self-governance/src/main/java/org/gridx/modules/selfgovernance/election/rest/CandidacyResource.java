package org.gridx.modules.selfgovernance.election.rest;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.gridx.modules.selfgovernance.election.service.ElectionViews;
import org.gridx.modules.selfgovernance.election.service.ElectionVoting;
import org.gridx.modules.selfgovernance.election.service.Elections;
import org.gridx.modules.selfgovernance.election.service.Nominations;
import org.gridx.modules.selfgovernance.people.Caller;

/**
 * Taking part in an election: nominating (staff, or a verified resident), the nominee's answer, and the
 * ballot (verified residents of the grid; one per household or per resident).
 */
@Path("/api/t/{tenant}/self-governance/elections/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
public class CandidacyResource {

    @Inject
    Nominations nominations;
    @Inject
    ElectionVoting voting;
    @Inject
    Elections elections;
    @Inject
    ElectionViews views;
    @Inject
    Caller caller;

    @POST
    @Path("candidates")
    public Response nominate(@PathParam("id") UUID id, @Valid @NotNull(message = "send the nomination as JSON") NominationInput in) {
        if (!caller.organises()) {
            caller.requireVerified("nominate a candidate");
        }
        nominations.nominate(id, in.username().strip(), caller.username());
        return Response.status(201).entity(views.of(elections.find(id), caller.username())).build();
    }

    @POST
    @Path("candidates/{candidate}/answer")
    public ElectionView answer(@PathParam("id") UUID id, @PathParam("candidate") UUID candidate,
            @Valid @NotNull(message = "send the answer as JSON") AcceptanceInput in) {
        nominations.answer(id, candidate, caller.username(), in.accept());
        return views.of(elections.find(id), caller.username());
    }

    @POST
    @Path("ballots")
    public Response vote(@PathParam("id") UUID id, @Valid @NotNull(message = "send the ballot as JSON") VoteInput in) {
        voting.cast(id, caller.username(), in.candidateId());
        return Response.status(201).entity(views.of(elections.find(id), caller.username())).build();
    }
}
