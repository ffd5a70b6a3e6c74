package org.gridx.core.staffing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.core.staffing.domain.StaffSinking;
import org.gridx.core.staffing.service.SinkingService;

/** 实名下沉网格: which department staff are sunk into which grid nodes. */
@Path("/api/t/{tenant}/staffing/sinkings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class SinkingResource {

    @Inject
    SinkingService sinkings;

    @GET
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF})
    public List<SinkingView> list() {
        return StaffSinking.<StaffSinking>listAll().stream().map(SinkingView::of)
                .sorted(java.util.Comparator.comparing(SinkingView::node)).toList();
    }

    @POST
    public Response assign(@Valid @NotNull SinkingInput in) {
        return Response.status(201).entity(SinkingView.of(sinkings.assign(in.account(), in.node()))).build();
    }

    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") UUID id) {
        sinkings.remove(id);
        return Response.noContent().build();
    }
}
