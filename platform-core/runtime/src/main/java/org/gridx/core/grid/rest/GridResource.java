package org.gridx.core.grid.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.core.grid.service.GridEditing;
import org.gridx.core.grid.service.GridMoving;
import org.gridx.core.grid.service.GridNodeInput;
import org.gridx.core.grid.service.GridNodeView;
import org.gridx.core.grid.service.GridQueries;
import org.gridx.core.grid.service.GridReshaping;

/** The grid tree: staff read it; the tenant administrator creates, changes, moves, splits and merges nodes. */
@Path("/api/t/{tenant}/grid")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class GridResource {

    @Inject
    GridQueries queries;
    @Inject
    GridEditing editing;
    @Inject
    GridMoving moving;
    @Inject
    GridReshaping reshaping;
    @Inject
    SecurityIdentity identity;

    @GET
    @Path("tree")
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
            Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
    public List<GridNodeView> tree() {
        return queries.tree();
    }

    @GET
    @Path("nodes/{code}")
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
            Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
    public GridNodeView node(@PathParam("code") String code) {
        return queries.node(code);
    }

    @GET
    @Path("nodes/{code}/history")
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
            Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
    public List<HistoryView> history(@PathParam("code") String code) {
        return queries.history(code).stream().map(HistoryView::of).toList();
    }

    @POST
    @Path("nodes")
    public GridNodeView create(@Valid @NotNull GridNodeInput in) {
        return queries.node(editing.create(in, actor()).code);
    }

    @PATCH
    @Path("nodes/{code}")
    public GridNodeView update(@PathParam("code") String code, @Valid @NotNull GridNodeInput in) {
        return queries.node(editing.update(code, in, actor()).code);
    }

    @POST
    @Path("nodes/{code}/move")
    public GridNodeView move(@PathParam("code") String code, @Valid @NotNull MoveRequest in) {
        return queries.node(moving.move(code, in.parent(), in.code(), actor()).code);
    }

    @POST
    @Path("nodes/{code}/split")
    public List<GridNodeView> split(@PathParam("code") String code, @Valid @NotNull SplitRequest in) {
        return reshaping.split(code, in.parts(), actor()).stream().map(n -> queries.node(n.code)).toList();
    }

    @POST
    @Path("merge")
    public GridNodeView merge(@Valid @NotNull MergeRequest in) {
        return queries.node(reshaping.merge(in.codes(), in.into(), actor()).code);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
