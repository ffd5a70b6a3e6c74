package org.gridx.core.portal.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
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
import org.gridx.core.portal.service.NewsDesk;
import org.gridx.core.portal.service.NewsInput;

/** The street's news: public to read; the tenant administrator and grid specialists publish and withdraw. */
@Path("/api/t/{tenant}/news")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST})
public class NewsResource {

    @Inject
    NewsDesk desk;
    @Inject
    SecurityIdentity identity;

    @GET
    @PermitAll
    public List<NewsView> published() {
        return desk.published().stream().map(NewsView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    public NewsView one(@PathParam("id") UUID id) {
        return NewsView.of(desk.publicOne(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@NotNull @Valid NewsInput in) {
        return Response.status(201).entity(NewsView.of(desk.publish(in, identity.getPrincipal().getName()))).build();
    }

    @DELETE
    @Path("{id}")
    public NewsView withdraw(@PathParam("id") UUID id) {
        return NewsView.of(desk.withdraw(id));
    }
}
