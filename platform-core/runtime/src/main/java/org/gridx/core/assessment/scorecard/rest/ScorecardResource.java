package org.gridx.core.assessment.scorecard.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.gridx.api.identity.Role;
import org.gridx.api.problem.Problem.FieldProblem;
import org.gridx.api.problem.ProblemException;
import org.gridx.core.assessment.export.TableExport;
import org.gridx.core.assessment.scorecard.service.AssessmentMonth;
import org.gridx.core.assessment.scorecard.service.FreezeRecord;
import org.gridx.core.assessment.scorecard.service.FrozenScorecards;
import org.gridx.core.assessment.scorecard.service.Scorecard;
import org.gridx.core.assessment.scorecard.service.ScorecardFreezing;
import org.gridx.core.assessment.scorecard.service.ScorecardKind;
import org.gridx.core.assessment.scorecard.service.ScorecardScope;
import org.gridx.core.assessment.scorecard.service.ScorecardTable;
import org.gridx.core.assessment.scorecard.service.Scorecards;
import org.gridx.core.web.RequestLocale;

/**
 * Monthly scorecards (月度考核) of grids, informants, departments and communities: JSON, or the same table
 * as CSV/XLSX with {@code format}; freezing a closed month publishes it (tenant administrator).
 */
@Path("/api/t/{tenant}/assessment/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.DISPATCHER, Role.Names.SUPERVISOR, Role.Names.GRID_CHIEF,
        Role.Names.INSTRUCTOR, Role.Names.SPECIALIST, Role.Names.INFORMANT, Role.Names.DEPARTMENT_HANDLER})
public class ScorecardResource {

    @Inject
    Scorecards scorecards;
    @Inject
    ScorecardScope scope;
    @Inject
    AssessmentMonth months;
    @Inject
    ScorecardFreezing freezing;
    @Inject
    FrozenScorecards frozen;
    @Inject
    RequestLocale locale;
    @Inject
    SecurityIdentity identity;
    @Inject
    InputCheck check;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", TableExport.XLSX})
    public Response get(@QueryParam("month") String month, @QueryParam("of") String of, @QueryParam("node") String node,
            @QueryParam("format") String format) {
        ScorecardKind kind = kind(of);
        YearMonth m = months.parse(month, "month");
        Scorecard card = scorecards.of(m, kind, scope.visible(kind, node));
        if (format == null || format.isBlank() || "json".equals(format)) {
            return Response.ok(ScorecardView.of(card), MediaType.APPLICATION_JSON).build();
        }
        Locale l = locale.get();
        return TableExport.download(ScorecardTable.of(card, ScorecardView.title(card, "en".equals(l.getLanguage())), l),
                format, "scorecard-" + kind.code() + "-" + m);
    }

    @POST
    @Path("{month}/freeze")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public FreezeRecord freeze(@PathParam("month") String month, FreezeInput in) {
        YearMonth m = months.parse(month, "month");
        String reason = in == null ? null : check.valid(in, "the freeze").reason();
        return freezing.freeze(m, identity.getPrincipal().getName(), reason);
    }

    /** Every freeze of the month (when, by whom, why); empty when it was never frozen. */
    @GET
    @Path("{month}/freeze")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    public List<FreezeRecord> freezes(@PathParam("month") String month) {
        return frozen.log(months.parse(month, "month"));
    }

    static ScorecardKind kind(String of) {
        if (of == null || of.isBlank()) {
            return ScorecardKind.GRID;
        }
        return ScorecardKind.of(of.strip()).orElseThrow(() -> ProblemException.invalid("Unknown kind of scorecard.",
                List.of(new FieldProblem("of", "one of grid, worker, department, community"))));
    }
}
