package org.gridx.core.assessment.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.analysis.service.AnalysisRequests;
import org.gridx.core.assessment.analysis.service.BottleneckReport;
import org.gridx.core.assessment.analysis.service.HotSpotReport;
import org.gridx.core.assessment.analysis.service.RecurrenceReport;
import org.gridx.core.assessment.analysis.service.Today;
import org.gridx.core.assessment.analysis.service.TrendReport;
import org.gridx.core.assessment.analysis.web.AnalysisTables;
import org.gridx.core.assessment.export.ReportTable;
import org.gridx.core.assessment.export.TableExport;
import org.gridx.core.web.RequestLocale;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * 研判 for the command centre: hot spots, recurring problems, trends and department bottlenecks, as JSON or,
 * with {@code format=csv|xlsx}, as the page's table (a {@code table} parameter picks one where a section has
 * two). Every figure is within the caller's scope (FigureScope); residents and informants have none.
 */
@Path("/api/t/{tenant}/analysis")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.DEPARTMENT_HANDLER})
public class AnalysisResource {

    @Inject
    AnalysisRequests requests;
    @Inject
    RequestLocale locale;
    @Inject
    Today today;

    @GET
    @Path("hotspots")
    public Response hotSpots(@RestQuery String from, @RestQuery String to, @RestQuery String node, @RestQuery Integer limit,
            @RestQuery String format, @RestQuery String table) {
        HotSpotReport r = requests.hotSpots(from, to, node, limit, en());
        if (format != null) {
            return download(pick(table, "pairs", AnalysisTables.hotSpots(r, locale.get()), "matrix",
                    AnalysisTables.matrix(r, locale.get())), format, "matrix".equals(table) ? "hotspots-matrix" : "hotspots");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", r.asked());
        body.put("months", r.months());
        body.put("previous", r.previous());
        body.put("note", "grid × item figures are kept per month: the period is widened to whole months");
        body.put("total", r.total());
        body.put("top", r.top());
        body.put("matrices", r.matrices());
        return Response.ok(body).build();
    }

    @GET
    @Path("recurring")
    public Response recurring(@RestQuery String from, @RestQuery String to, @RestQuery String node, @RestQuery String item,
            @RestQuery Integer radius, @RestQuery Integer min, @RestQuery Integer limit, @RestQuery String format) {
        RecurrenceReport r = requests.recurrences(from, to, node, item, radius, min, limit, en());
        return format != null ? download(AnalysisTables.clusters(r, locale.get()), format, "recurring") : Response.ok(r).build();
    }

    @GET
    @Path("trends")
    public Response trends(@RestQuery String from, @RestQuery String to, @RestQuery String node, @RestQuery String bucket,
            @RestQuery String item, @RestQuery String format) {
        TrendReport r = requests.trends(from, to, node, bucket, item);
        if (format != null) {
            return download(AnalysisTables.trends(r, locale.get()), format, "trends");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("period", r.period());
        body.put("previous", r.previous());
        body.put("bucket", r.bucket().name().toLowerCase(java.util.Locale.ROOT));
        body.put("item", r.item());
        body.put("movingAverageWindow", r.window());
        body.put("points", r.points());
        body.put("current", r.current());
        body.put("before", r.before());
        body.put("reportedChangePercent", r.reportedChange());
        body.put("closedChangePercent", r.closedChange());
        return Response.ok(body).build();
    }

    @GET
    @Path("bottlenecks")
    public Response bottlenecks(@RestQuery String from, @RestQuery String to, @RestQuery Integer stuck,
            @RestQuery String format, @RestQuery String table) {
        BottleneckReport r = requests.bottlenecks(from, to, stuck, en());
        if (format != null) {
            return download(pick(table, "departments", AnalysisTables.departments(r, locale.get()), "stuck",
                    AnalysisTables.stuck(r, locale.get(), today.zone())), format, "stuck".equals(table) ? "stuck-cases" : "bottlenecks");
        }
        return Response.ok(r).build();
    }

    private boolean en() {
        return "en".equals(locale.get().getLanguage());
    }

    private static Response download(ReportTable t, String format, String name) {
        return TableExport.download(t, format, name);
    }

    /** The first table unless {@code table} names the second; anything else is refused with the two names. */
    private static ReportTable pick(String table, String first, ReportTable a, String second, ReportTable b) {
        if (table == null || table.isBlank() || first.equals(table)) {
            return a;
        }
        if (second.equals(table)) {
            return b;
        }
        throw ProblemException.invalid("Unknown table.", List.of(new FieldProblem("table", first + " or " + second)));
    }
}
