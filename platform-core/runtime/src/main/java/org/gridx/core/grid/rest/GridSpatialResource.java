package org.gridx.core.grid.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.grid.geo.CoverageProblem;
import org.gridx.core.grid.geo.GridIndex;
import org.gridx.core.grid.service.GridCoverage;
import org.gridx.core.grid.service.GridLocator;

/** Where things are: the coverage check and locate (a GPS point to its deepest grid). Staff only. */
@Path("/api/t/{tenant}/grid")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR, Role.Names.SPECIALIST,
        Role.Names.INFORMANT, Role.Names.DISPATCHER, Role.Names.DEPARTMENT_HANDLER, Role.Names.TENANT_ADMIN})
public class GridSpatialResource {

    @Inject
    GridCoverage coverage;
    @Inject
    GridLocator locator;

    public record CoverageReport(String node, boolean ok, List<CoverageProblem> problems) {
    }

    public record Located(String code, int level, double lon, double lat) {
    }

    @GET
    @Path("coverage")
    public CoverageReport coverage(@QueryParam("node") String node) {
        List<CoverageProblem> problems = coverage.check(node);
        return new CoverageReport(node, problems.isEmpty(), problems);
    }

    @GET
    @Path("locate")
    public Located locate(
            @QueryParam("lon") @NotNull(message = "give lon, the longitude in degrees") @DecimalMin("-180") @DecimalMax("180") Double lon,
            @QueryParam("lat") @NotNull(message = "give lat, the latitude in degrees") @DecimalMin("-90") @DecimalMax("90") Double lat) {
        GridIndex index = locator.index();
        return index.locate(lon, lat).map(h -> new Located(h.code(), h.level(), lon, lat))
                .orElseThrow(() -> outside(index, lon, lat));
    }

    private static ProblemException outside(GridIndex index, double lon, double lat) {
        String near = index.nearest(lon, lat).map(n -> " The nearest grid is " + n.code() + ", " + n.distanceM() + " m away.")
                .orElse(" This tenant has no grid boundaries yet.");
        return new ProblemException(Problem.of(404, "Outside every grid",
                "(" + lon + ", " + lat + ") lies in none of this tenant's grids." + near));
    }
}
