package org.gridx.modules.selfgovernance.meeting.rest;

import static org.gridx.api.identity.Role.Names.GRID_CHIEF;
import static org.gridx.api.identity.Role.Names.INSTRUCTOR;
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
import org.gridx.modules.selfgovernance.meeting.service.Resolutions;
import org.gridx.modules.selfgovernance.people.Caller;

/** The organiser records resolutions and hands one to the closed loop (idempotent: the same case every time). */
@Path("/api/t/{tenant}/self-governance/meetings/{id}/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({TENANT_ADMIN, SUPERVISOR, GRID_CHIEF, INSTRUCTOR, SPECIALIST})
public class ResolutionResource {

    @Inject
    Resolutions resolutions;
    @Inject
    Caller caller;

    @POST
    public Response adopt(@PathParam("id") UUID id, @Valid @NotNull(message = "send the resolution as JSON") ResolutionInput in) {
        return Response.status(201).entity(ResolutionView.of(resolutions.adopt(id, caller.username(), in))).build();
    }

    @POST
    @Path("{resolution}/case")
    public ResolutionView openCase(@PathParam("id") UUID id, @PathParam("resolution") UUID resolution) {
        return ResolutionView.of(resolutions.openCase(id, resolution, caller.username()));
    }
}
