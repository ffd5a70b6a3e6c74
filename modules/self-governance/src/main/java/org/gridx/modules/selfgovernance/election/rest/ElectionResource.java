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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.modules.selfgovernance.election.domain.Election;
import org.gridx.modules.selfgovernance.election.service.ElectionCount;
import org.gridx.modules.selfgovernance.election.service.ElectionViews;
import org.gridx.modules.selfgovernance.election.service.Elections;
import org.gridx.modules.selfgovernance.people.Caller;

/** Elections of building heads and resident-group leaders: call, read, count (the organiser). */
@Path("/api/t/{tenant}/self-governance/elections")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST, INFORMANT, RESIDENT})
public class ElectionResource {

    @Inject
    Elections elections;
    @Inject
    ElectionCount count;
    @Inject
    ElectionViews views;
    @Inject
    Caller caller;

    @GET
    public List<ElectionView> list() {
        return Election.<Election>list("order by closesAt desc, id").stream().map(e -> views.of(e, caller.username())).toList();
    }

    @GET
    @Path("{id}")
    public ElectionView get(@PathParam("id") UUID id) {
        return views.of(elections.find(id), caller.username());
    }

    @POST
    @RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
    public Response call(@Valid @NotNull(message = "send the election as JSON") ElectionInput in) {
        return Response.status(201).entity(views.of(elections.call(in, caller.username()), caller.username())).build();
    }

    @POST
    @Path("{id}/count")
    @RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
    public ElectionView count(@PathParam("id") UUID id) {
        return views.of(count.count(id, caller.username()), caller.username());
    }
}
