package org.gridx.core.fieldwork.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gridx.api.identity.Role;
import org.gridx.core.fieldwork.service.FieldStats;
import org.gridx.core.fieldwork.service.StatsRequest;

/** Visits, appeals collected and resolved under a node, per grid or worker, optionally per day/week/month/year. */
@Path("/api/t/{tenant}/fieldwork/stats")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.INFORMANT, Role.Names.SPECIALIST, Role.Names.GRID_CHIEF, Role.Names.SUPERVISOR,
        Role.Names.INSTRUCTOR, Role.Names.DISPATCHER, Role.Names.TENANT_ADMIN})
public class StatsResource {

    @Inject
    FieldStats stats;
    @Inject
    StatsRequest request;

    @GET
    public StatsView stats(@QueryParam("node") String node, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("by") @DefaultValue("grid") @Pattern(regexp = "grid|worker", message = "grid or worker") String by,
            @QueryParam("period") @DefaultValue("all") @Pattern(regexp = "all|day|week|month|year",
                    message = "one of all, day, week, month, year") String period) {
        var r = request.resolve(node, from, to);
        return stats.count(r.node(), r.from(), r.to(), by, period);
    }
}
