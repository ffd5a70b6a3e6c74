package org.gridx.core.assessment.report.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.gridx.api.identity.Role;
import org.gridx.core.assessment.report.service.StreetFigures;
import org.gridx.core.assessment.report.service.StreetSummary;
import org.gridx.core.assessment.report.service.SummaryPeriod;
import org.gridx.core.assessment.scope.FigureScope;

/** The street's figures of a period (events reported, disposal rate, visits, appeals), under the caller's node. */
@Path("/api/t/{tenant}/assessment/summary")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT})
public class SummaryResource {

    @Inject
    StreetSummary summary;
    @Inject
    SummaryPeriod period;
    @Inject
    FigureScope scope;

    @GET
    public StreetFigures get(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("node") String node) {
        SummaryPeriod.Days d = period.resolve(from, to);
        return summary.of(d.from(), d.to(), scope.node(node));
    }
}
