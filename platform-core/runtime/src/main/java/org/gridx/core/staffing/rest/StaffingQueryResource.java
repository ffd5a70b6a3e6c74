package org.gridx.core.staffing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.staffing.service.StaffingQueries;
import org.gridx.core.staffing.service.StaffingVisibility;

/** "Who is responsible for grid X, role R, at T" for every staff role; under-staffed grids for command roles. */
@Path("/api/t/{tenant}/staffing")
@Produces(MediaType.APPLICATION_JSON)
public class StaffingQueryResource {

    @Inject
    StaffingQueries queries;
    @Inject
    StaffingVisibility visibility;

    @GET
    @Path("responsible")
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR,
            Role.Names.DISPATCHER, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.DEPARTMENT_HANDLER})
    public ResponsibleView responsible(@QueryParam("grid") String grid, @QueryParam("role") String role,
            @QueryParam("at") String at) {
        if (grid == null || grid.isBlank() || role == null || role.isBlank()) {
            throw ProblemException.invalid("Say which grid and which role.", List.of(
                    new FieldProblem("grid", "the grid code, e.g. 150621001001001"),
                    new FieldProblem("role", "the post role, e.g. grid-chief")));
        }
        return queries.responsible(grid.strip(), role.strip(), Moments.parse(at, "at"));
    }

    /** 楼栋长 and 居民小组长 of the nodes the caller may see (optionally under {@code node}), with their basis. */
    @GET
    @Path("resident-posts")
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR,
            Role.Names.DISPATCHER})
    public List<ResidentPostView> residentPosts(@QueryParam("node") String node) {
        return queries.residentPosts(visibility.filter(node));
    }

    @GET
    @Path("understaffed")
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF, Role.Names.INSTRUCTOR,
            Role.Names.DISPATCHER})
    public List<UnderstaffedView> understaffed() {
        return queries.understaffed();
    }
}
