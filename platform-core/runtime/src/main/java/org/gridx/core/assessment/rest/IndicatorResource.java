package org.gridx.core.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.gridx.api.identity.Role;
import org.gridx.core.assessment.export.TableExport;
import org.gridx.core.assessment.service.IndicatorPeriods;
import org.gridx.core.assessment.service.IndicatorReport;
import org.gridx.core.assessment.service.IndicatorScopes;
import org.gridx.core.assessment.service.IndicatorService;
import org.gridx.core.assessment.service.IndicatorTables;
import org.gridx.core.web.RequestLocale;

/**
 * The assessment indicators (考核指标) of the cases reported in a period, for a node or split by level,
 * department or reporter (see assessment/README.md for each formula and the scope rules); with
 * {@code format=csv|xlsx} the same rows as a download.
 */
@Path("/api/t/{tenant}/assessment/indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.DEPARTMENT_HANDLER})
public class IndicatorResource {

    @Inject
    IndicatorPeriods periods;
    @Inject
    IndicatorScopes scopes;
    @Inject
    IndicatorService indicators;
    @Inject
    RequestLocale locale;

    @GET
    public Response get(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("node") String node,
            @QueryParam("by") String by, @QueryParam("format") String format) {
        IndicatorReport report = indicators.report(scopes.resolve(periods.parse(from, to), node, by));
        if (format != null && !format.isBlank() && !"json".equalsIgnoreCase(format)) {
            return TableExport.download(IndicatorTables.of(report, locale.get()), format, IndicatorTables.fileName(report));
        }
        return Response.ok(IndicatorViews.report(report, locale.get()), MediaType.APPLICATION_JSON_TYPE).build();
    }
}
