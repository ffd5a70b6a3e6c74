package org.gridx.core.staffing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.gridx.core.staffing.domain.StaffPost;
import org.gridx.core.staffing.service.PostService;
import org.gridx.core.staffing.service.StaffingQueries;
import org.gridx.core.staffing.service.StaffingVisibility;

/** Posts (岗位, AB岗): tenant administrators manage them; command roles read the posts of their subtree. */
@Path("/api/t/{tenant}/staffing/posts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PostResource {

    @Inject
    PostService posts;
    @Inject
    StaffingQueries queries;
    @Inject
    StaffingVisibility visibility;

    @GET
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR,
            Role.Names.DISPATCHER})
    public List<PostView> list(@QueryParam("node") String node, @QueryParam("at") String at) {
        return queries.posts(Moments.parse(at, "at"), visibility.filter(node));
    }

    @POST
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Response create(@Valid @NotNull PostInput in) {
        StaffPost p = posts.create(in.node(), in.role(), in.holderA(), in.holderB());
        return Response.status(201).entity(one(p.id)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public PostView reassign(@PathParam("id") UUID id, @Valid @NotNull HoldersInput in) {
        posts.reassign(id, in.holderA(), in.holderB());
        return one(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public Response delete(@PathParam("id") UUID id) {
        posts.delete(id);
        return Response.noContent().build();
    }

    private PostView one(UUID id) {
        return queries.posts(java.time.Instant.now(), n -> true).stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow();
    }
}
