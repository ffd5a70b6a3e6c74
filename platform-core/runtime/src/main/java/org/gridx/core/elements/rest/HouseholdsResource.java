package org.gridx.core.elements.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.elements.domain.Household;
import org.gridx.core.elements.domain.Resident;
import org.gridx.core.elements.service.ElementGrid;
import org.gridx.core.elements.service.ElementScope;
import org.gridx.core.elements.service.Problems;
import org.gridx.core.elements.service.ScopedGrids;

/** Households (户) of the caller's scope: register, list, show with their residents (names masked). */
@Path("/api/t/{tenant}/households")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class HouseholdsResource {

    public record HouseholdView(UUID id, String code, String address, UUID headId, String gridCode) {
    }

    public record ResidentRef(UUID id, String name) {
    }

    public record HouseholdDetail(UUID id, String code, String address, UUID headId, String gridCode,
            List<ResidentRef> residents) {
    }

    @Inject
    ElementGrid grid;
    @Inject
    ElementScope scope;
    @Inject
    ScopedGrids grids;

    @GET
    public List<HouseholdView> list(@QueryParam("grid") @Size(max = 15) String gridCode) {
        Predicate<UUID> inGrid = PlacesResource.inSubtree(scope, gridCode);
        return Household.<Household>list("order by code").stream()
                .filter(h -> scope.covers(h.gridNodeId) && inGrid.test(h.gridNodeId))
                .map(h -> new HouseholdView(h.id, h.code, h.address, h.headId, grids.code(h.gridNodeId))).toList();
    }

    @GET
    @Path("{id}")
    public HouseholdDetail one(@PathParam("id") UUID id) {
        Household h = Household.<Household>findByIdOptional(id).filter(x -> scope.covers(x.gridNodeId))
                .orElseThrow(() -> ProblemException.notFound("No household " + id + " in your scope."));
        List<ResidentRef> residents = Resident.<Resident>list("householdId = ?1 order by name", id).stream()
                .filter(r -> scope.covers(r.gridNodeId)).map(r -> new ResidentRef(r.id, maskName(r.name))).toList();
        return new HouseholdDetail(h.id, h.code, h.address, h.headId, grids.code(h.gridNodeId), residents);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.TENANT_ADMIN})
    public Response register(@NotNull @Valid HouseholdInput in) {
        Map<String, String> p = new LinkedHashMap<>();
        UUID gridId = grid.resolve(in.gridCode(), null, null, p);
        if (!p.isEmpty()) {
            throw ProblemException.invalid("Some fields are invalid; fix each one listed.", Problems.pointers(p));
        }
        if (Household.findByCode(in.code()).isPresent()) {
            throw ProblemException.conflict("A household with code " + in.code() + " is already registered.");
        }
        Household h = new Household();
        h.code = in.code();
        h.address = in.address().trim();
        h.gridNodeId = gridId;
        h.persist();
        return Response.status(201).entity(new HouseholdDetail(h.id, h.code, h.address, null, grids.code(gridId), List.of()))
                .build();
    }

    /** The first character of a name, the rest as stars: 张三丰 → 张**. */
    static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int first = name.offsetByCodePoints(0, 1);
        return name.substring(0, first) + "*".repeat(Math.max(1, name.codePointCount(first, name.length())));
    }
}
