package org.gridx.core.command.camera.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.command.board.service.BoardScope;
import org.gridx.core.command.camera.service.CameraInput;
import org.gridx.core.command.camera.service.CameraView;
import org.gridx.core.command.camera.service.Cameras;

/**
 * {@code /api/t/{tenant}/command/cameras}: the camera registry (视频监控). Staff read the cameras of the
 * nodes they may see ({@code ?node=} narrows to a subtree); the command centre and administrators keep it.
 */
@Path("/api/t/{tenant}/command/cameras")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER})
public class CameraResource {

    @Inject
    Cameras cameras;
    @Inject
    BoardScope scope;

    @GET
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
            Role.Names.INSTRUCTOR, Role.Names.SPECIALIST})
    public List<CameraView> list(@QueryParam("node") String node) {
        return cameras.under(scope.node(node)).stream().map(CameraView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    public CameraView one(@PathParam("id") UUID id) {
        return CameraView.of(Cameras.find(id));
    }

    @POST
    @Transactional
    public Response create(CameraInput in) {
        return Response.status(201).entity(CameraView.of(cameras.create(in))).build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    public CameraView update(@PathParam("id") UUID id, CameraInput in) {
        return CameraView.of(cameras.update(id, in));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") UUID id) {
        cameras.delete(id);
        return Response.noContent().build();
    }
}
