package org.gridx.core.elements.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.elements.service.Problems;
import org.gridx.core.elements.service.ResidentCheck;
import org.gridx.core.elements.service.ResidentInput;
import org.gridx.core.elements.service.ResidentQuery;
import org.gridx.core.elements.service.ResidentRegistry;
import org.gridx.core.elements.service.ResidentSearch;
import org.gridx.core.elements.service.Reveals;
import org.gridx.core.elements.service.ScopedGrids;

/** The resident registry (人): search and register in the caller's scope, numbers masked; reveal with a reason. */
@Path("/api/t/{tenant}/residents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class ResidentsResource {

    @Inject
    ResidentSearch search;
    @Inject
    ResidentRegistry registry;
    @Inject
    ScopedGrids grids;
    @Inject
    Reveals reveals;

    @GET
    public ResidentSearch.Page search(@QueryParam("name") @Size(max = 50) String name,
            @QueryParam("idCard") @Size(max = 30) String idCard, @QueryParam("phone") @Size(max = 30) String phone,
            @QueryParam("grid") @Size(max = 15) String grid, @QueryParam("tag") @Size(max = 32) String tag,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return search.search(new ResidentQuery(blank(name), blank(idCard), blank(phone), blank(grid), blank(tag), limit, offset));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.GRID_CHIEF, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.TENANT_ADMIN})
    public Response register(@NotNull @Valid ResidentInput input) {
        ResidentCheck.Result r = ResidentCheck.check(input, grids::id);
        if (!r.ok()) {
            throw ProblemException.invalid("The resident has invalid fields; fix each one listed.", Problems.pointers(r.problems()));
        }
        UUID id = registry.register(r.draft()).id;
        return Response.status(201).entity(search.byId(id)).build();
    }

    @GET
    @Path("{id}")
    public Object one(@PathParam("id") UUID id) {
        return search.byId(id);
    }

    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
            Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
    public Reveals.Revealed reveal(@PathParam("id") UUID id, @NotNull @Valid RevealRequest body) {
        return reveals.reveal(id, body.field(), body.reason());
    }

    static String blank(String v) {
        return v == null || v.isBlank() ? null : v.trim();
    }
}
