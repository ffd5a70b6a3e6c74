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
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.elements.domain.Place;
import org.gridx.core.elements.service.ElementGrid;
import org.gridx.core.elements.service.ElementScope;
import org.gridx.core.elements.service.Problems;
import org.gridx.core.elements.service.ScopedGrids;

/** Places (地) of the caller's scope in the tree compound → building → unit → house: register, list, show. */
@Path("/api/t/{tenant}/places")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class PlacesResource {

    /** The kind each kind hangs under; a compound stands on its own. */
    private static final Map<String, String> PARENT_KIND = Map.of("building", "compound", "unit", "building", "house", "unit");

    public record PlaceView(UUID id, String kind, String name, UUID parentId, String gridCode) {
    }

    public record PlaceDetail(UUID id, String kind, String name, UUID parentId, String gridCode, List<PlaceView> children) {
    }

    @Inject
    ElementGrid grid;
    @Inject
    ElementScope scope;
    @Inject
    ScopedGrids grids;

    @GET
    public List<PlaceView> list(@QueryParam("grid") @Size(max = 15) String gridCode, @QueryParam("parent") UUID parentId) {
        Predicate<UUID> inGrid = inSubtree(scope, gridCode);
        List<Place> places = parentId == null ? Place.list("order by kind, name") : Place.list("parentId = ?1 order by name", parentId);
        return places.stream().filter(p -> scope.covers(p.gridNodeId) && inGrid.test(p.gridNodeId)).map(this::view).toList();
    }

    @GET
    @Path("{id}")
    public PlaceDetail one(@PathParam("id") UUID id) {
        Place p = visible(id).orElseThrow(() -> ProblemException.notFound("No place " + id + " in your scope."));
        List<PlaceView> children = Place.<Place>list("parentId = ?1 order by name", id).stream()
                .filter(c -> scope.covers(c.gridNodeId)).map(this::view).toList();
        return new PlaceDetail(p.id, p.kind, p.name, p.parentId, grids.code(p.gridNodeId), children);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.TENANT_ADMIN})
    public Response register(@NotNull @Valid PlaceInput in) {
        Map<String, String> p = new LinkedHashMap<>();
        String name = in.name().trim();
        String wantedParentKind = PARENT_KIND.get(in.kind());
        Place parent = null;
        if (wantedParentKind == null && in.parentId() != null) {
            p.put("parentId", "a compound stands on its own; leave parentId out");
        } else if (wantedParentKind != null && in.parentId() == null) {
            p.put("parentId", "is required: a " + in.kind() + " hangs under a " + wantedParentKind);
        } else if (wantedParentKind != null) {
            parent = visible(in.parentId()).orElse(null);
            if (parent == null) {
                p.put("parentId", "no place " + in.parentId() + " in your scope of this tenant");
            } else if (!wantedParentKind.equals(parent.kind)) {
                p.put("parentId", "a " + in.kind() + " hangs under a " + wantedParentKind + ", not under a " + parent.kind);
            }
        }
        UUID gridId;
        if (in.gridCode() == null && parent != null) {
            gridId = parent.gridNodeId; // inherited; visible() has checked it lies in the caller's scope
        } else if (in.gridCode() == null && in.parentId() != null) {
            gridId = null; // the parent problem already says what is wrong
        } else {
            gridId = grid.resolve(in.gridCode(), null, null, p);
        }
        fail(p);
        long same = in.parentId() == null ? Place.count("parentId is null and name = ?1", name)
                : Place.count("parentId = ?1 and name = ?2", in.parentId(), name);
        if (same > 0) {
            throw ProblemException.conflict("A place named " + name + " already exists "
                    + (in.parentId() == null ? "among the compounds" : "under this " + parent.kind) + "; choose another name.");
        }
        Place place = new Place();
        place.kind = in.kind();
        place.name = name;
        place.parentId = in.parentId();
        place.gridNodeId = gridId;
        place.persist();
        return Response.status(201).entity(new PlaceDetail(place.id, place.kind, place.name, place.parentId,
                grids.code(gridId), List.of())).build();
    }

    /** A predicate on grid node ids: inside the subtree of {@code gridCode}, or anything when none is given. */
    static Predicate<UUID> inSubtree(ElementScope scope, String gridCode) {
        if (gridCode == null || gridCode.isBlank()) {
            return g -> true;
        }
        Set<UUID> subtree = scope.subtree(gridCode.trim());
        return subtree::contains;
    }

    private java.util.Optional<Place> visible(UUID id) {
        return Place.<Place>findByIdOptional(id).filter(pl -> scope.covers(pl.gridNodeId));
    }

    private PlaceView view(Place p) {
        return new PlaceView(p.id, p.kind, p.name, p.parentId, grids.code(p.gridNodeId));
    }

    private static void fail(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("Some fields are invalid; fix each one listed.", Problems.pointers(problems));
        }
    }
}
