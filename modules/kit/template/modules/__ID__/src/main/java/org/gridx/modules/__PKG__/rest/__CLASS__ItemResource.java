package org.gridx.modules.__PKG__.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.modules.__PKG__.service.__CLASS__Items;

/**
 * {@code /api/t/{tenant}/__ID__/items}: create, list, read, change and delete items. The core admits the
 * request to the token's tenant (another tenant in the path is 404) and answers 404 while the tenant has the
 * module off; this class only maps HTTP onto {@link __CLASS__Items}.
 */
@Path("/api/t/{tenant}/__ID__/items")
@Produces(MediaType.APPLICATION_JSON)
public class __CLASS__ItemResource {

    @Inject
    __CLASS__Items items;

    @GET
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST, Role.Names.INFORMANT})
    public List<ItemView> list() {
        return items.all().stream().map(ItemView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST, Role.Names.INFORMANT})
    public ItemView get(@PathParam("id") UUID id) {
        return ItemView.of(items.get(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST})
    public Response create(@Valid @NotNull ItemInput input) {
        return Response.status(201).entity(ItemView.of(items.create(input.title(), input.note()))).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST})
    public ItemView update(@PathParam("id") UUID id, @Valid @NotNull ItemInput input) {
        return ItemView.of(items.update(id, input.title(), input.note()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SPECIALIST})
    public void delete(@PathParam("id") UUID id) {
        items.delete(id);
    }
}
