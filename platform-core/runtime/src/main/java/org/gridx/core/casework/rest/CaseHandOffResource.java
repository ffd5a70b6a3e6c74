package org.gridx.core.casework.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.casework.domain.CaseFile;
import org.gridx.core.casework.service.Actors;
import org.gridx.core.casework.service.CaseHandOffs;
import org.gridx.core.casework.service.HandOffInput;
import org.gridx.core.fieldwork.service.Recorded;

/** Patrol drafts and appeals become cases here (the centre decides the list item). */
@Path("/api/t/{tenant}/cases/from")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.DISPATCHER, Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF})
public class CaseHandOffResource {

    @Inject
    CaseHandOffs handOffs;
    @Inject
    CaseReporting reporting;
    @Inject
    Actors actors;

    @POST
    @Path("patrol-draft/{id}")
    public Response draft(@PathParam("id") UUID id, @Valid HandOffInput in) {
        return created(handOffs.fromDraft(id, in, actors.current()));
    }

    @POST
    @Path("appeal/{id}")
    @RolesAllowed(Role.Names.DISPATCHER)
    public Response appeal(@PathParam("id") UUID id, @Valid HandOffInput in) {
        return created(handOffs.fromAppeal(id, in, actors.current()));
    }

    private Response created(Recorded<CaseFile> r) {
        return Response.status(r.created() ? 201 : 200).entity(reporting.view(r.record().id, actors.current())).build();
    }
}
